package org.appflowcontracts.validator.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.rules.ClockRules;
import org.appflowcontracts.validator.rules.MessageData;
import org.appflowcontracts.validator.rules.RuleCatalog;
import org.appflowcontracts.validator.rules.RuleInfo;
import org.appflowcontracts.validator.rules.TypeLevelMessages;
import org.appflowcontracts.validator.tables.GeneratedTables;
import tools.jackson.databind.JsonNode;

/**
 * The rule list of SARIF's rule table, {@code --explain}, {@code --list-rules} and rule ids in configuration files:
 * catalogued rules by id, then the type-level ids ({@code schema.*}) and the tool's own ids, by id. Working it out
 * reads every schema document; for the shipped contracts the build does that once ({@link RuleListWriter}) and a
 * run reads the result, compiled into the jar ({@link RuleListTable}).
 */
final class RuleList {

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

    /** {@code rules} as the records of {@link RuleListTable#rules()}. */
    static List<String[]> records(List<RuleDescription> rules) {
        List<String[]> records = new ArrayList<>();
        for (RuleDescription rule : rules) {
            records.add(new String[] {rule.id(), rule.severity().wireName(), rule.summary(), rule.message(),
                    rule.explanation(), rule.failingExample(), rule.fixedExample()});
        }
        return records;
    }

    /** The build's copy of the shipped list, when the class path holds it. */
    static Optional<List<RuleDescription>> read() {
        Optional<RuleListTable> table = GeneratedTables.load(RuleListTable.GENERATED_CLASS, RuleListTable.class);
        return table.isPresent() ? Optional.of(fromRecords(table.get().rules())) : Optional.empty();
    }

    static List<RuleDescription> fromRecords(String[][] records) {
        List<RuleDescription> rules = new ArrayList<>(records.length);
        for (String[] r : records) {
            rules.add(new RuleDescription(r[0], Severity.fromWireName(r[1]), r[2], r[3], r[4], r[5], r[6]));
        }
        return List.copyOf(rules);
    }

    private static String pretty(JsonNode example) {
        return example == null || example.isMissingNode() || example.isNull() ? "" : JsonOutput.pretty(example);
    }
}
