package org.appflowcontracts.validator.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.tables.StartupTables;

/**
 * What a first validation needs to know about the shipped contracts, worked out at build time and compiled in as
 * a table ({@link StartupTables#ruleMetadata()}) so that a fresh process neither parses the AWS service model and
 * every schema document nor reads a resource: the operation names, and the rule nodes of every document reachable
 * from the shipped entries (the owners of failing keywords, with id, severity and message), and the rule ids the
 * message data has hints for (so that a finding of any other rule does not read that data). Summaries'
 * explanations and examples stay in the schemas; the rule catalog reads them when a listing needs them.
 *
 * <p>Records: {@code operation NAME}, {@code document IRI},
 * {@code rule IRI POINTER ID SEVERITY REPORTED_AS SUMMARY MESSAGE} (an empty {@code REPORTED_AS}: none),
 * {@code hinted RULE_ID}.
 */
public final class RuleMetadata {

    private static final Optional<RuleMetadata> SHIPPED = read();

    private final List<String> operations;
    private final Map<String, Map<String, RuleInfo>> rulesByDocument;
    private final Set<String> hintedRuleIds;
    private volatile RuleIndex index;

    private RuleMetadata(List<String> operations, Map<String, Map<String, RuleInfo>> rulesByDocument,
            Set<String> hintedRuleIds) {
        this.operations = List.copyOf(operations);
        this.rulesByDocument = rulesByDocument;
        this.hintedRuleIds = Set.copyOf(hintedRuleIds);
    }

    /** The rule ids {@link MessageData} has hints for. */
    public Set<String> hintedRuleIds() {
        return hintedRuleIds;
    }

    /** The build's metadata of the shipped contracts; empty when running from classes the build did not finish. */
    public static Optional<RuleMetadata> shipped() {
        return SHIPPED;
    }

    /** The schema documents reachable from the shipped entries (the contracts among them). */
    public Set<String> documents() {
        return rulesByDocument.keySet();
    }

    /** The operation names of the service model, sorted. */
    public List<String> operations() {
        return operations;
    }

    /** The rule index of the shipped contracts; schema documents are read only when a message needs one. */
    public RuleIndex index() {
        RuleIndex result = index;
        if (result == null) {
            result = RuleIndex.precomputed(rulesByDocument, SchemaResources.shipped());
            index = result;
        }
        return result;
    }

    /** The records of the table, in the order {@link #fromRecords} reads them. */
    public static List<String[]> records(List<String> operations, RuleIndex index, Set<String> hintedRuleIds) {
        List<String[]> records = new ArrayList<>();
        for (String operation : operations) {
            records.add(new String[] {"operation", operation});
        }
        for (String document : index.documents()) {
            records.add(new String[] {"document", document});
        }
        for (RuleInfo rule : index.ruleNodes()) {
            records.add(new String[] {"rule", rule.schemaDocument(), rule.schemaPointer(), rule.id(),
                    rule.severity().wireName(), rule.reportedAs() == null ? "" : rule.reportedAs(), rule.summary(),
                    rule.message()});
        }
        for (String ruleId : new TreeSet<>(hintedRuleIds)) {
            records.add(new String[] {"hinted", ruleId});
        }
        return records;
    }

    private static Optional<RuleMetadata> read() {
        Optional<StartupTables> tables = StartupTables.shipped();
        return tables.isPresent() ? Optional.of(fromRecords(tables.get().ruleMetadata())) : Optional.empty();
    }

    static RuleMetadata fromRecords(String[][] records) {
        List<String> operations = new ArrayList<>();
        Map<String, Map<String, RuleInfo>> rules = new TreeMap<>();
        Set<String> hinted = new HashSet<>();
        for (String[] f : records) {
            switch (f[0]) {
                case "operation" -> operations.add(f[1]);
                case "document" -> rules.put(f[1], new LinkedHashMap<>());
                case "rule" -> rules.get(f[1]).put(f[2], new RuleInfo(f[3], Severity.fromWireName(f[4]), f[6], f[7],
                        null, null, null, f[5].isEmpty() ? null : f[5], f[1], f[2]));
                case "hinted" -> hinted.add(f[1]);
                default -> throw new IllegalStateException("rule metadata: unknown record " + f[0]);
            }
        }
        for (Map.Entry<String, Map<String, RuleInfo>> document : rules.entrySet()) {
            document.setValue(Collections.unmodifiableMap(document.getValue()));
        }
        return new RuleMetadata(operations, Collections.unmodifiableMap(rules), hinted);
    }
}
