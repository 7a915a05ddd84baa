package org.appflowcontracts.diff.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * A canonical text of what a rule tests: its schema with members sorted, documentation left out (the rule's
 * metadata, titles, descriptions, examples) and references inside the same overlay file written out, so that
 * rewording a message is no change while a new condition under the same rule id is one.
 */
final class RuleCheckText {

    private static final Set<String> DOCUMENTATION = Set.of(
            "appflowRule", "title", "description", "$comment", "examples", "markdownDescription");
    private static final String LOCAL_DEFS = "#/$defs/";

    private final JsonNode overlay;

    RuleCheckText(JsonNode overlay) {
        this.overlay = overlay;
    }

    String of(JsonNode rule) {
        StringBuilder text = new StringBuilder();
        write(rule, text, new HashSet<>());
        return text.toString();
    }

    private void write(JsonNode node, StringBuilder text, Set<String> expanding) {
        if (node.isObject()) {
            writeObject(node, text, expanding);
        } else if (node.isArray()) {
            text.append('[');
            List<JsonNode> items = new ArrayList<>();
            node.forEach(items::add);
            for (int i = 0; i < items.size(); i++) {
                text.append(i == 0 ? "" : ",");
                write(items.get(i), text, expanding);
            }
            text.append(']');
        } else {
            text.append(node.toString());
        }
    }

    private void writeObject(JsonNode node, StringBuilder text, Set<String> expanding) {
        TreeMap<String, JsonNode> members = new TreeMap<>();
        node.properties().forEach(e -> {
            if (!DOCUMENTATION.contains(e.getKey())) {
                members.put(e.getKey(), e.getValue());
            }
        });
        text.append('{');
        boolean first = true;
        for (var member : members.entrySet()) {
            text.append(first ? "" : ",").append('"').append(member.getKey()).append("\":");
            first = false;
            String ref = member.getKey().equals("$ref") && member.getValue().isString()
                    ? member.getValue().stringValue() : null;
            if (ref != null && ref.startsWith(LOCAL_DEFS) && expanding.add(ref)) {
                // A shared condition of the same file is part of the rule: its change is the rule's change.
                write(overlay.at(ref.substring(1)), text, expanding);
                expanding.remove(ref);
            } else {
                write(member.getValue(), text, expanding);
            }
        }
        text.append('}');
    }
}
