package org.appflowcontracts.validator.suppress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.config.ConfigurationException;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.parse.Position;
import org.appflowcontracts.validator.parse.SourceFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Findings a team has accepted for now, so that only new ones fail a check. Each entry is keyed by file (relative
 * to the baseline's directory, {@code /}-separated), rule id, pointer and a {@link Fingerprint} of the finding —
 * never by line, so editing above a finding keeps it matched. An entry covers one finding.
 */
public final class Baseline {

    static final int VERSION = 1;

    /** One accepted finding; {@code message} is for the people reviewing the file, not for matching. */
    public record Entry(String file, String ruleId, String pointer, String fingerprint, String message) {
    }

    private final Path directory;
    private final String name;
    /** The file's name alone: messages must not depend on the folder the run was started from. */
    private final String shownName;
    private final Map<String, List<Entry>> byFile;

    private Baseline(Path baselineFile, List<Entry> entries) {
        Path absolute = baselineFile.toAbsolutePath().normalize();
        this.directory = absolute.getParent();
        this.name = baselineFile.toString();
        this.shownName = absolute.getFileName() == null ? name : absolute.getFileName().toString();
        this.byFile = new TreeMap<>();
        entries.forEach(e -> byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(e));
    }

    /** The key a file is listed under: its path relative to the baseline's directory. */
    public String keyOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(directory) ? directory.relativize(absolute) : absolute;
        return relative.toString().replace('\\', '/');
    }

    /** The suppressions the baseline holds for one file (one per accepted finding). */
    public List<Suppression> suppressionsFor(Path file) {
        return byFile.getOrDefault(keyOf(file), List.of()).stream()
                .map(e -> new Suppression(e.ruleId(), Suppression.Kind.EXTERNAL,
                        new Suppression.AtFinding(e.pointer(), e.fingerprint()), "accepted in the baseline",
                        "baseline " + shownName, 0, 0))
                .toList();
    }

    public int size() {
        return byFile.values().stream().mapToInt(List::size).sum();
    }

    /** A baseline of the given findings per file, to be written to {@code baselineFile}. */
    public static Baseline of(Path baselineFile, Map<Path, List<Violation>> findings) {
        Baseline empty = new Baseline(baselineFile, List.of());
        List<Entry> entries = new ArrayList<>();
        findings.forEach((file, violations) -> violations.forEach(v -> entries.add(new Entry(empty.keyOf(file),
                v.ruleId(), v.pointer(), Fingerprint.of(v), v.message()))));
        return new Baseline(baselineFile, entries);
    }

    /**
     * The baseline to write after a run over some files: the entries of the files checked are replaced by their
     * findings now, so an entry whose finding was fixed is dropped; a file not checked in this run keeps its
     * entries (a run over part of the repository refreshes only that part), unless it no longer exists.
     */
    public Baseline rewrittenWith(Map<Path, List<Violation>> findings) {
        Baseline current = of(Path.of(name), findings);
        List<Entry> entries = new ArrayList<>();
        current.byFile.values().forEach(entries::addAll);
        byFile.forEach((file, kept) -> {
            if (!current.byFile.containsKey(file) && !checkedIn(findings, file)
                    && Files.isRegularFile(directory.resolve(file))) {
                entries.addAll(kept);
            }
        });
        return new Baseline(Path.of(name), entries);
    }

    private boolean checkedIn(Map<Path, List<Violation>> findings, String key) {
        return findings.keySet().stream().anyMatch(checked -> keyOf(checked).equals(key));
    }

    /** Writes the baseline, entries sorted so that the file only changes where findings do. */
    public void write(Path baselineFile) throws IOException {
        // A mapper only when a baseline is written: a run that reads one needs none.
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", "appflow-validate");
        root.put("version", VERSION);
        ArrayNode list = root.putArray("findings");
        byFile.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(Entry::file).thenComparing(Entry::ruleId).thenComparing(Entry::pointer)
                        .thenComparing(Entry::fingerprint))
                .forEach(e -> list.addObject().put("file", e.file()).put("ruleId", e.ruleId())
                        .put("pointer", e.pointer()).put("fingerprint", e.fingerprint()).put("message", e.message()));
        String text = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        Files.writeString(baselineFile, text, StandardCharsets.UTF_8);
    }

    /** Reads a baseline written by {@link #write}; a damaged one is refused with the place of each problem. */
    public static Baseline read(Path baselineFile) throws ConfigurationException {
        String name = baselineFile.toString();
        LocatedDocument document;
        try {
            document = LocatedParser.parse(SourceFiles.readBounded(baselineFile), LocatedParser.Syntax.JSON);
        } catch (IOException e) {
            throw new ConfigurationException(name, 0, 0, "cannot read the baseline: " + SourceFiles.describe(e));
        } catch (InputException e) {
            throw new ConfigurationException(name, e.line(), e.column(), "not a baseline: " + e.getMessage()
                    .lines().findFirst().orElse(""));
        }
        JsonNode findings = document.root().path("findings");
        if (document.root().path("version").asInt(0) != VERSION || !findings.isArray()) {
            throw new ConfigurationException(name, 1, 1, "not a baseline of this tool (expected {\"version\": "
                    + VERSION + ", \"findings\": [...]}); write one with --write-baseline");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            JsonNode f = findings.get(i);
            if (!(f.path("file").isString() && f.path("ruleId").isString() && f.path("pointer").isString()
                    && f.path("fingerprint").isString())) {
                Position at = document.positionOf("/findings/" + i);
                throw new ConfigurationException(name, at.line(), at.column(),
                        "a baseline entry needs file, ruleId, pointer and fingerprint strings");
            }
            entries.add(new Entry(f.get("file").asString(), f.get("ruleId").asString(), f.get("pointer").asString(),
                    f.get("fingerprint").asString(), f.path("message").asString("")));
        }
        return new Baseline(baselineFile, entries);
    }
}
