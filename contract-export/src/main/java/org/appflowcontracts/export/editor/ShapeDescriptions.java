package org.appflowcontracts.export.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.export.read.FormatWords;
import tools.jackson.databind.JsonNode;

/**
 * One sentence per schema saying in words what a value must be (type, bounds, allowed values, pattern), for the
 * hover text of editors: they show a property's description, and imported schemas carry none of their own.
 */
final class ShapeDescriptions {

    private static final int LISTED_VALUES = 40;

    private ShapeDescriptions() {
    }

    static String describe(JsonNode schema, Optional<FormatWords.Format> format) {
        String type = schema.path("type").asString("");
        List<String> parts = new ArrayList<>();
        switch (type) {
            case "string" -> {
                parts.add("Text" + range(schema, "minLength", "maxLength", "character"));
                if (schema.has("enum")) {
                    parts.add("one of " + values(schema.get("enum")));
                }
                if (format.isPresent()) {
                    parts.add(format.get().words());
                } else if (schema.has("pattern")) {
                    parts.add("matching the pattern `" + schema.get("pattern").asString() + "`");
                }
            }
            case "integer" -> parts.add("A whole number" + bounds(schema));
            case "number" -> parts.add("A number" + bounds(schema));
            case "boolean" -> parts.add("true or false");
            case "array" -> parts.add("A list of" + range(schema, "minItems", "maxItems", "item").replaceFirst(
                    "^ of", "") + (schema.has("minItems") || schema.has("maxItems") ? "" : " items"));
            case "object" -> parts.add(schema.has("properties") ? "An object"
                    : "A map" + range(schema, "minProperties", "maxProperties", "entry"));
            default -> {
                return "";
            }
        }
        return String.join(", ", parts) + ".";
    }

    private static String range(JsonNode schema, String min, String max, String unit) {
        boolean hasMin = schema.has(min) && schema.get(min).asLong() > 0;
        boolean hasMax = schema.has(max);
        if (hasMin && hasMax) {
            long high = schema.get(max).asLong();
            return " of " + schema.get(min).asLong() + " to " + high + " " + plural(unit, high);
        }
        if (hasMax) {
            long high = schema.get(max).asLong();
            return " of at most " + high + " " + plural(unit, high);
        }
        if (hasMin) {
            long low = schema.get(min).asLong();
            return " of at least " + low + " " + plural(unit, low);
        }
        return "";
    }

    private static String bounds(JsonNode schema) {
        String low = schema.has("minimum") ? schema.get("minimum").asString() : null;
        String high = schema.has("maximum") ? schema.get("maximum").asString() : null;
        if (low != null && high != null) {
            return " from " + low + " to " + high;
        }
        if (low != null) {
            return " of at least " + low;
        }
        return high != null ? " of at most " + high : "";
    }

    private static String values(JsonNode values) {
        List<String> listed = new ArrayList<>();
        for (JsonNode value : values) {
            if (listed.size() == LISTED_VALUES) {
                listed.add("… (" + values.size() + " values)");
                break;
            }
            listed.add("`" + value.asString() + "`");
        }
        return String.join(", ", listed);
    }

    private static String plural(String unit, long count) {
        if (count == 1) {
            return unit;
        }
        return unit.endsWith("y") ? unit.substring(0, unit.length() - 1) + "ies" : unit + "s";
    }
}
