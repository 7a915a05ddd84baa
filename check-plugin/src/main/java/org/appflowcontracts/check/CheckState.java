package org.appflowcontracts.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.appflowcontracts.validator.cli.FileOutcome;
import org.appflowcontracts.validator.cli.RuleDescription;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the previous build found per file, kept under {@code target/}: a file whose content digest is unchanged,
 * checked by the same plugin with the same configuration and contracts ({@code key}), is not checked again; its
 * findings are reported from here, so an unchanged failing file still fails the build.
 */
public final class CheckState {

    private static final int FORMAT = 1;

    private final Path file;
    private final String key;
    private final Map<String, JsonNode> previous;
    private final JsonNode previousRules;
    private List<RuleDescription> rules = List.of();
    private final Map<String, JsonNode> next = new TreeMap<>();
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final OutcomeCodec codec = new OutcomeCodec(mapper);
    private final RuleTableCodec ruleCodec = new RuleTableCodec(mapper);

    private CheckState(Path file, String key, Map<String, JsonNode> previous, JsonNode previousRules) {
        this.file = file;
        this.key = key;
        this.previous = previous;
        this.previousRules = previousRules;
    }

    /** The state of the last build; empty when there is none, it is unreadable, or its key differs. */
    public static CheckState load(Path file, String key) {
        Map<String, JsonNode> entries = new TreeMap<>();
        JsonNode rules = null;
        try {
            JsonNode root = Files.isRegularFile(file) ? JsonMapper.builder().build().readTree(file.toFile()) : null;
            if (root != null && root.path("format").asInt() == FORMAT && key.equals(root.path("key").asString())) {
                root.path("files").properties().forEach(e -> entries.put(e.getKey(), e.getValue()));
                rules = root.get("rules");
            }
        } catch (JacksonException e) {
            entries.clear(); // a damaged state only costs one full check
            rules = null;
        }
        return new CheckState(file, key, entries, rules);
    }

    /** The outcome stored for this file with this content digest, if any. */
    public Optional<FileOutcome> reuse(Path path, String displayName, String digest) {
        JsonNode entry = previous.get(path.toString());
        if (digest.isEmpty() || entry == null || !digest.equals(entry.path("sha256").asString())) {
            return Optional.empty();
        }
        Optional<FileOutcome> outcome = codec.decode(entry.path("outcome"), path, displayName);
        outcome.ifPresent(o -> next.put(path.toString(), entry));
        return outcome;
    }

    /** Remembers a fresh outcome for the next build (only those that follow from the content alone). */
    public void record(Path path, String digest, FileOutcome outcome) {
        if (!digest.isEmpty() && OutcomeCodec.reusable(outcome)) {
            ObjectNode entry = mapper.createObjectNode().put("sha256", digest);
            entry.set("outcome", codec.encode(outcome));
            next.put(path.toString(), entry);
        }
    }

    /** The SARIF rule table stored by the last build with the same key, if any. */
    public Optional<List<RuleDescription>> rules() {
        return ruleCodec.decode(previousRules);
    }

    /** Keeps the rule table for the next build. */
    public void rememberRules(List<RuleDescription> table) {
        this.rules = List.copyOf(table);
    }

    /** Writes the files of this build (files no longer checked are forgotten), replacing the old state at once. */
    public void save() throws IOException {
        ObjectNode root = mapper.createObjectNode().put("format", FORMAT).put("key", key);
        ObjectNode files = root.putObject("files");
        next.forEach(files::set);
        root.set("rules", ruleCodec.encode(rules));
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, mapper.writeValueAsBytes(root));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
