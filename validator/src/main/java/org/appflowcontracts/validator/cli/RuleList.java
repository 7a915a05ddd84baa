package org.appflowcontracts.validator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.contracts.JsonTrees;
import org.appflowcontracts.validator.rules.ClockRules;
import org.appflowcontracts.validator.rules.MessageData;
import org.appflowcontracts.validator.rules.RuleCatalog;
import org.appflowcontracts.validator.rules.RuleInfo;
import org.appflowcontracts.validator.rules.TypeLevelMessages;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The rule list of SARIF's rule table, {@code --explain}, {@code --list-rules} and rule ids in configuration files:
 * catalogued rules by id, then the type-level ids ({@code schema.*}) and the tool's own ids, by id. Working it out
 * reads every schema document; for the shipped contracts the build does that once ({@link RuleListWriter}) and a
 * run reads the result, one small resource.
 */
final class RuleList {

    static final String RESOURCE = "org/appflowcontracts/validator/cli/shipped-rule-list.json";

    private static volatile List<RuleDescription> shipped;

    private RuleList() {
    }

    /** The shipped contracts' list: the build's copy, or worked out when running from classes without it. */
    static List<RuleDescription> shipped() {
        List<RuleDescription> result = shipped;
        if (result == null) {
            Optional<List<RuleDescription>> built = read();  // no lambda: SARIF runs come here
            result = built.isPresent() ? built.get() : of(RuleCatalog.load());
            shipped = result;
        }
        return result;
    }

    /** The list of a catalog (the shipped one, or a team's copy of the contracts). */
    static List<RuleDescription> of(RuleCatalog catalog) {
        List<RuleInfo> infos = new ArrayList<>(catalog.rules());
        for (ClockRules.ClockRule clockRule : ClockRules.shipped().rules()) {
            infos.add(clockRule.info());
        }
        infos.sort(Comparator.comparing(RuleInfo::id));
        List<RuleDescription> rules = new ArrayList<>();
        for (RuleInfo rule : infos) {
            rules.add(new RuleDescription(rule.id(), rule.severity(), rule.summary(), rule.message(),
                    rule.explanation(), pretty(rule.failingExample()), pretty(rule.fixedExample())));
        }
        List<RuleDescription> typeLevel = new ArrayList<>();
        for (TypeLevelMessages.Entry entry : catalog.typeLevel()) {
            Optional<MessageData.Explanation> why = MessageData.shipped().explanation(entry.id());
            typeLevel.add(new RuleDescription(entry.id(), Severity.ERROR, entry.summary(), "",
                    why.map(MessageData.Explanation::text).orElse(""),
                    pretty(why.map(MessageData.Explanation::failing).orElse(null)),
                    pretty(why.map(MessageData.Explanation::fixed).orElse(null))));
        }
        typeLevel.addAll(ToolRules.all());
        typeLevel.sort(Comparator.comparing(RuleDescription::id));
        rules.addAll(typeLevel);
        return List.copyOf(rules);
    }

    /** Writes {@code rules} as the JSON array {@link #read()} reads. */
    static void write(List<RuleDescription> rules, Writer out) {
        try (JsonGenerator generator = JsonOutput.prettyGenerator(out)) {
            generator.writeStartArray();
            for (RuleDescription rule : rules) {
                generator.writeStartObject();
                generator.writeStringProperty("id", rule.id());
                generator.writeStringProperty("severity", rule.severity().wireName());
                generator.writeStringProperty("summary", rule.summary());
                generator.writeStringProperty("message", rule.message());
                generator.writeStringProperty("explanation", rule.explanation());
                generator.writeStringProperty("failingExample", rule.failingExample());
                generator.writeStringProperty("fixedExample", rule.fixedExample());
                generator.writeEndObject();
            }
            generator.writeEndArray();
        }
    }

    /** The build's copy of the shipped list, when the class path holds it. */
    static Optional<List<RuleDescription>> read() {
        try (InputStream in = RuleList.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A list as {@link #write} wrote it. */
    static List<RuleDescription> read(InputStream in) {
        List<RuleDescription> rules = new ArrayList<>();
        for (JsonNode rule : JsonTrees.read(in)) {
            rules.add(new RuleDescription(rule.get("id").asString(),
                    Severity.fromWireName(rule.get("severity").asString()), rule.get("summary").asString(),
                    rule.get("message").asString(), rule.get("explanation").asString(),
                    rule.get("failingExample").asString(), rule.get("fixedExample").asString()));
        }
        return List.copyOf(rules);
    }

    private static String pretty(JsonNode example) {
        return example == null || example.isMissingNode() || example.isNull() ? "" : JsonOutput.pretty(example);
    }
}
