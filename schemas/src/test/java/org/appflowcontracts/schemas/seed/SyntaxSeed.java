package org.appflowcontracts.schemas.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The fields of one Request/Response Syntax block, stored as JSON with the API reference's placeholders:
 * {@code "string"} a string, {@code "A|B"} (or a single {@code "A"}) an enum with those values,
 * {@code "datetime(2015, 1, 1)"} a timestamp, {@code 123} an integer, {@code true} a boolean,
 * {@code {"string": v}} a map with string keys, {@code [v]} a list, any other object a structure.
 */
record SyntaxSeed(List<SeedField> fields) {

    private static final String STRING_PLACEHOLDER = "string";
    private static final String TIMESTAMP_PLACEHOLDER_PREFIX = "datetime(";

    SyntaxSeed {
        fields = List.copyOf(fields);
    }

    /** Fields in document order; a parent always precedes its children. */
    static SyntaxSeed read(JsonNode block) {
        if (!block.isObject()) {
            throw new IllegalArgumentException("a syntax block must be a JSON object");
        }
        Map<FieldPath, SeedField> fields = new LinkedHashMap<>();
        collectChildren(block, FieldPath.ROOT, fields);
        return new SyntaxSeed(new ArrayList<>(fields.values()));
    }

    Map<FieldPath, List<String>> enumValuesByPath() {
        Map<FieldPath, List<String>> enums = new LinkedHashMap<>();
        for (SeedField field : fields) {
            if (field.kind() == ValueKind.ENUM) {
                enums.put(field.path(), field.enumValues());
            }
        }
        return enums;
    }

    private static void collect(JsonNode value, FieldPath path, Map<FieldPath, SeedField> fields) {
        SeedField field = classify(value, path);
        SeedField earlier = fields.putIfAbsent(path, field);
        if (earlier != null && !earlier.equals(field)) {
            throw new IllegalArgumentException("field " + path + " is described twice, differently");
        }
        collectChildren(value, path, fields);
    }

    private static void collectChildren(JsonNode value, FieldPath path, Map<FieldPath, SeedField> fields) {
        if (isMap(value)) {
            collect(value.get(STRING_PLACEHOLDER), path.then(new FieldPath.MapValues()), fields);
        } else if (value.isObject()) {
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                collect(member.getValue(), path.then(new FieldPath.Member(member.getKey())), fields);
            }
        } else if (value.isArray()) {
            for (JsonNode item : value.values()) {
                collect(item, path.then(new FieldPath.Items()), fields);
            }
        }
    }

    private static SeedField classify(JsonNode value, FieldPath path) {
        List<String> none = List.of();
        if (isMap(value)) {
            return new SeedField(path, ValueKind.MAP, none);
        }
        if (value.isObject()) {
            return new SeedField(path, ValueKind.STRUCTURE, none);
        }
        if (value.isArray()) {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("list " + path + " has no item placeholder");
            }
            return new SeedField(path, ValueKind.LIST, none);
        }
        if (value.isIntegralNumber()) {
            return new SeedField(path, ValueKind.INTEGER, none);
        }
        if (value.isBoolean()) {
            return new SeedField(path, ValueKind.BOOLEAN, none);
        }
        if (value.isString()) {
            String text = value.stringValue();
            if (text.equals(STRING_PLACEHOLDER)) {
                return new SeedField(path, ValueKind.STRING, none);
            }
            if (text.startsWith(TIMESTAMP_PLACEHOLDER_PREFIX)) {
                return new SeedField(path, ValueKind.TIMESTAMP, none);
            }
            return new SeedField(path, ValueKind.ENUM, Arrays.asList(text.split("\\|", -1)));
        }
        throw new IllegalArgumentException("unrecognised placeholder " + value + " at " + path);
    }

    /** The reference writes a map as a single entry whose key placeholder is {@code 'string'}. */
    private static boolean isMap(JsonNode value) {
        return value.isObject() && value.size() == 1 && value.has(STRING_PLACEHOLDER);
    }
}
