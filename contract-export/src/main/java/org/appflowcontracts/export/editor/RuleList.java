package org.appflowcontracts.export.editor;

import java.util.Map;
import java.util.TreeMap;
import org.appflowcontracts.export.read.ContractsFolder;
import org.appflowcontracts.export.schema.SchemaRewriter;

/** The rules of an operation's contract as a Markdown list (id, severity, summary), sorted by id. */
final class RuleList {

    private RuleList() {
    }

    static String of(ContractsFolder contracts, String operation) {
        Map<String, String> lines = new TreeMap<>();
        for (String overlay : contracts.contracts().getOrDefault(operation, java.util.List.of())) {
            new SchemaRewriter(ref -> ref, (at, rule) -> lines.put(rule.path("id").asString(""),
                    "- **" + rule.path("id").asString("") + "** (" + rule.path("severity").asString("") + "): "
                            + rule.path("summary").asString("")))
                    .rewrite(contracts.documents().get(overlay));
        }
        if (lines.isEmpty()) {
            return "";
        }
        return "\n\nRules checked by `appflow-validate` (not by the editor):\n\n" + String.join("\n", lines.values());
    }

}
