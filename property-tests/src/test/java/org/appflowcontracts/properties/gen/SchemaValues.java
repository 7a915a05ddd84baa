package org.appflowcontracts.properties.gen;

import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates JSON values that satisfy an imported schema: type, enum, bounds, required members, lengths and
 * patterns, walking {@code $ref}s into the shapes. Optional members are included with a probability that falls
 * with depth so recursive shapes stay small.
 */
public final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 7;

    private final Random random;
    private final double optionalChance;

    public SchemaValues(Random random, double optionalChance) {
        this.random = random;
        this.optionalChance = optionalChance;
    }

    public JsonNode forShape(String shape) {
        return generate(Contracts.shape(shape), 0);
    }

    public JsonNode generate(JsonNode schema, int depth) {
        JsonNode s = Contracts.resolve(schema);
        if (s.has("enum")) {
            JsonNode values = s.get("enum");
            return values.get(random.nextInt(values.size())).deepCopy();
        }
        if (s.has("const")) {
            return s.get("const").deepCopy();
        }
        String type = type(s);
        return switch (type) {
            case "object" -> object(s, depth);
            case "array" -> array(s, depth);
            case "string" -> NODES.stringNode(string(s));
            case "integer" -> NODES.numberNode(integer(s));
            case "number" -> NODES.numberNode(Math.round(random.nextDouble() * 1000) / 10.0);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "timestamp" -> NODES.numberNode(1_767_225_600L + random.nextInt(10_000_000));
            default -> NODES.objectNode();
        };
    }

    private static String type(JsonNode s) {
        JsonNode type = s.get("type");
        if (type == null) {
            return s.has("properties") ? "object" : "any";
        }
        if (type.isArray()) {
            // the importer writes timestamps as ["number", "string"]
            return "timestamp";
        }
        return type.asString();
    }

    private ObjectNode object(JsonNode s, int depth) {
        ObjectNode object = NODES.objectNode();
        List<String> required = Contracts.strings(s.get("required"));
        JsonNode properties = s.get("properties");
        if (properties != null) {
            for (Map.Entry<String, JsonNode> member : properties.properties()) {
                boolean include = required.contains(member.getKey())
                        || (depth < MAX_DEPTH && random.nextDouble() < optionalChance / (1 + depth * 0.5));
                if (include) {
                    object.set(member.getKey(), generate(member.getValue(), depth + 1));
                }
            }
        } else if (s.has("additionalProperties") && s.get("additionalProperties").isObject()) {
            int min = s.path("minProperties").asInt(0);
            int count = Math.max(min, depth < MAX_DEPTH ? random.nextInt(3) : 0);
            JsonNode names = keySchema(s.path("propertyNames"));
            for (int i = 0; i < count * 3 && object.size() < count; i++) {
                String key = generate(names, depth + 1).asString();
                object.set(key, generate(s.get("additionalProperties"), depth + 1));
            }
        }
        return object;
    }

    /** Map keys are strings: a propertyNames schema that only bounds length or pattern is read as a string. */
    private static JsonNode keySchema(JsonNode propertyNames) {
        if (propertyNames.isMissingNode()) {
            return NODES.objectNode().put("type", "string");
        }
        JsonNode resolved = Contracts.resolve(propertyNames);
        if (resolved.has("type") || resolved.has("enum")) {
            return resolved;
        }
        ObjectNode copy = (ObjectNode) resolved.deepCopy();
        copy.put("type", "string");
        return copy;
    }

    private ArrayNode array(JsonNode s, int depth) {
        ArrayNode array = NODES.arrayNode();
        int min = s.path("minItems").asInt(0);
        int max = Math.min(s.path("maxItems").asInt(Integer.MAX_VALUE), min + 3);
        int count = depth >= MAX_DEPTH ? min : min + random.nextInt(max - min + 1);
        for (int i = 0; i < count; i++) {
            array.add(generate(s.get("items"), depth + 1));
        }
        return array;
    }

    private String string(JsonNode s) {
        int min = s.path("minLength").asInt(0);
        int max = s.path("maxLength").asInt(Math.max(min, 24));
        if (s.has("pattern")) {
            String value = Patterns.generate(s.get("pattern").asString(), Math.max(min, 1), max, random);
            if (value == null) {
                value = Patterns.generate(s.get("pattern").asString(), min, max, random);
            }
            if (value != null) {
                return value;
            }
            throw new IllegalStateException("no generator for pattern " + s.get("pattern").asString());
        }
        int length = Math.max(min, Math.min(max, 1 + random.nextInt(12)));
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < length; i++) {
            value.append((char) ('a' + random.nextInt(26)));
        }
        return value.toString();
    }

    private long integer(JsonNode s) {
        long min = s.has("minimum") ? s.get("minimum").asLong() : 0;
        long max = s.has("maximum") ? s.get("maximum").asLong() : min + 1000;
        long span = Math.max(0, Math.min(max - min, 100_000));
        return min + (span == 0 ? 0 : Math.floorMod(random.nextLong(), span + 1));
    }
}
