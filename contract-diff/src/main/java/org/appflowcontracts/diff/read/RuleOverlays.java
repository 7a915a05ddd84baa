package org.appflowcontracts.diff.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The rules ({@code appflowRule} id, severity and what each tests) of the overlays an operation's contract schema
 * lists.
 */
final class RuleOverlays {

    /** Rule id to severity, and rule id to the canonical text of its check; both empty without a contract. */
    record Rules(Map<String, String> severities, Map<String, String> checks) {
    }

    private RuleOverlays() {
    }

    static Rules forContract(Path folder, String contractFile) {
        Path contract = folder.resolve(contractFile);
        Rules rules = new Rules(new TreeMap<>(), new TreeMap<>());
        if (!Files.isRegularFile(contract)) {
            return rules;
        }
        for (JsonNode part : JsonFiles.read(contract).path("allOf")) {
            String ref = JsonFiles.string(part, "$ref");
            if (ref != null && ref.startsWith("rules/")) {
                Path overlay = folder.resolve(ref.split("#", 2)[0]);
                if (!Files.isRegularFile(overlay)) {
                    throw new ContractReadException(contract.toString(), "/allOf", "no such overlay " + ref);
                }
                JsonNode overlayRoot = JsonFiles.read(overlay);
                collect(overlay.toString(), overlayRoot, new RuleCheckText(overlayRoot), rules);
            }
        }
        return rules;
    }

    // Sub-rules (nested appflowRule nodes) are rules of their own, with their own severity.
    private static void collect(String file, JsonNode node, RuleCheckText checks, Rules rules) {
        if (node.isObject()) {
            JsonNode rule = node.get("appflowRule");
            if (rule != null && rule.isObject()) {
                String id = JsonFiles.string(rule, "id");
                String severity = JsonFiles.string(rule, "severity");
                if (id == null || severity == null) {
                    throw new ContractReadException(file, "", "an appflowRule without id or severity");
                }
                rules.severities().put(id, severity);
                rules.checks().put(id, checks.of(node));
            }
            node.properties().forEach(e -> {
                if (!"appflowRule".equals(e.getKey())) {
                    collect(file, e.getValue(), checks, rules);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(file, item, checks, rules));
        }
    }
}
