package org.appflowcontracts.diff.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** The rules ({@code appflowRule} id and severity) of the overlays an operation's contract schema lists. */
final class RuleOverlays {

    private RuleOverlays() {
    }

    /** Rule id to severity; empty when the folder has no contract schema for the operation. */
    static Map<String, String> forContract(Path folder, String contractFile) {
        Path contract = folder.resolve(contractFile);
        Map<String, String> rules = new TreeMap<>();
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
                collect(overlay.toString(), JsonFiles.read(overlay), rules);
            }
        }
        return rules;
    }

    // Sub-rules (nested appflowRule nodes) are rules of their own, with their own severity.
    private static void collect(String file, JsonNode node, Map<String, String> rules) {
        if (node.isObject()) {
            JsonNode rule = node.get("appflowRule");
            if (rule != null && rule.isObject()) {
                String id = JsonFiles.string(rule, "id");
                String severity = JsonFiles.string(rule, "severity");
                if (id == null || severity == null) {
                    throw new ContractReadException(file, "", "an appflowRule without id or severity");
                }
                rules.put(id, severity);
            }
            node.properties().forEach(e -> {
                if (!"appflowRule".equals(e.getKey())) {
                    collect(file, e.getValue(), rules);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(file, item, rules));
        }
    }
}
