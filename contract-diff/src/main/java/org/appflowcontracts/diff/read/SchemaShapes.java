package org.appflowcontracts.diff.read;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appflowcontracts.diff.model.Constraints;
import org.appflowcontracts.diff.model.Member;
import org.appflowcontracts.diff.model.Node;
import tools.jackson.databind.JsonNode;

/**
 * Turns the imported JSON Schemas back into value trees: each {@code $defs} entry of {@code shapes.schema.json}
 * is one model shape (see the importer's mapping in schemas/README.md).
 */
final class SchemaShapes {

    private static final String SHAPES_PREFIX = "shapes.schema.json#/$defs/";
    private static final String LOCAL_PREFIX = "#/$defs/";

    private final String source;
    private final JsonNode defs;

    SchemaShapes(String source, JsonNode root) {
        this.source = source;
        this.defs = root.path("$defs");
        if (!defs.isObject()) {
            throw new ContractReadException(source, "/$defs", "missing object");
        }
    }

    /** The tree of an entry schema ({@code {"$ref": "shapes.schema.json#/$defs/X"}} or an inline empty object). */
    Node entry(String file, JsonNode schema) {
        String ref = JsonFiles.string(schema, "$ref");
        if (ref == null) {
            return node(file, "", "", schema, new HashSet<>());
        }
        if (!ref.startsWith(SHAPES_PREFIX)) {
            throw new ContractReadException(file, "/$ref", "expected a reference into " + SHAPES_PREFIX);
        }
        return resolve(file, "/$ref", ref.substring(SHAPES_PREFIX.length()), new HashSet<>());
    }

    private Node resolve(String file, String pointer, String name, Set<String> enclosing) {
        JsonNode schema = defs.get(name);
        if (schema == null) {
            throw new ContractReadException(file, pointer, "no $defs entry '" + name + "' in " + source);
        }
        if (!enclosing.add(name)) {
            return new Node(typeOf(schema), name, constraints(schema), Map.of(), null, true);
        }
        try {
            return node(source, "/$defs/" + JsonFiles.escape(name), name, schema, enclosing);
        } finally {
            enclosing.remove(name);
        }
    }

    private Node child(String file, String pointer, JsonNode schema, Set<String> enclosing) {
        String ref = JsonFiles.string(schema, "$ref");
        if (ref == null) {
            return node(file, pointer, "", schema, enclosing);
        }
        if (!ref.startsWith(LOCAL_PREFIX)) {
            throw new ContractReadException(file, pointer + "/$ref", "expected a reference into " + LOCAL_PREFIX);
        }
        return resolve(file, pointer + "/$ref", ref.substring(LOCAL_PREFIX.length()), enclosing);
    }

    private Node node(String file, String pointer, String name, JsonNode schema, Set<String> enclosing) {
        String type = typeOf(schema);
        return switch (type) {
            case "structure" -> new Node(type, name, constraints(schema),
                    members(file, pointer, schema, enclosing), null, false);
            case "list" -> new Node(type, name, constraints(schema), Map.of(),
                    child(file, pointer + "/items", schema.path("items"), enclosing), false);
            case "map" -> new Node(type, name, constraints(schema), Map.of(),
                    child(file, pointer + "/additionalProperties", schema.path("additionalProperties"), enclosing),
                    false);
            default -> new Node(type, name, constraints(schema), Map.of(), null, false);
        };
    }

    private Map<String, Member> members(String file, String pointer, JsonNode schema, Set<String> enclosing) {
        Set<String> required = new HashSet<>(JsonFiles.strings(schema, "required"));
        Map<String, Member> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : schema.path("properties").properties()) {
            String memberPointer = pointer + "/properties/" + JsonFiles.escape(entry.getKey());
            members.put(entry.getKey(), new Member(entry.getKey(), required.contains(entry.getKey()),
                    child(file, memberPointer, entry.getValue(), enclosing)));
        }
        return members;
    }

    // JSON Schema does not tell integer from long: both read as "integer".
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            return "timestamp";
        }
        return switch (type.isString() ? type.stringValue() : "") {
            case "object" -> schema.path("additionalProperties").isObject() ? "map" : "structure";
            case "array" -> "list";
            case "string" -> "string";
            case "integer" -> "integer";
            case "number" -> "double";
            case "boolean" -> "boolean";
            default -> "any";
        };
    }

    private static Constraints constraints(JsonNode schema) {
        String type = typeOf(schema);
        String[] bounds = switch (type) {
            case "string" -> new String[] {"minLength", "maxLength"};
            case "list" -> new String[] {"minItems", "maxItems"};
            case "map" -> new String[] {"minProperties", "maxProperties"};
            default -> new String[] {"minimum", "maximum"};
        };
        // A timestamp's pattern describes the accepted text forms, not a model constraint.
        String pattern = "timestamp".equals(type) ? null : JsonFiles.string(schema, "pattern");
        List<String> enumValues = JsonFiles.strings(schema, "enum");
        return new Constraints(JsonFiles.decimal(schema, bounds[0]), JsonFiles.decimal(schema, bounds[1]),
                enumValues, pattern);
    }
}
