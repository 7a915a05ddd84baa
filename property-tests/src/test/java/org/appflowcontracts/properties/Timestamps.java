package org.appflowcontracts.properties;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.appflowcontracts.properties.gen.Contracts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Rewrites timestamp members (as the shapes declare them) to one canonical form, for comparisons by meaning. */
final class Timestamps {

    /** Member names whose shape is a timestamp ({@code type: ["number", "string"]}). */
    private static final Set<String> MEMBERS = members();

    private Timestamps() {
    }

    static JsonNode normalized(JsonNode document) {
        JsonNode copy = document.deepCopy();
        rewrite(copy);
        return copy;
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : new TreeSet<>(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (MEMBERS.contains(name) && (value.isNumber() || value.isString())) {
                    object.put(name, canonical(value));
                } else {
                    rewrite(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(Timestamps::rewrite);
        }
    }

    private static String canonical(JsonNode value) {
        if (value.isNumber()) {
            return Instant.ofEpochSecond(value.longValue()).toString();
        }
        try {
            return OffsetDateTime.parse(value.asString()).toInstant().toString();
        } catch (RuntimeException e) {
            return value.asString();
        }
    }

    private static Set<String> members() {
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, JsonNode> shape : Contracts.shapes().properties()) {
            JsonNode properties = shape.getValue().get("properties");
            if (properties == null) {
                continue;
            }
            for (Map.Entry<String, JsonNode> member : properties.properties()) {
                if (Contracts.resolve(member.getValue()).path("type").isArray()) {
                    names.add(member.getKey());
                }
            }
        }
        return names;
    }
}
