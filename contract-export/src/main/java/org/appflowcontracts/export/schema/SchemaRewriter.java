package org.appflowcontracts.export.schema;

import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Copies a schema for embedding in another document: references rewritten, document identifiers dropped, and
 * keywords of other vocabularies kept as {@code x-} extensions (OpenAPI's convention, which every 2020-12 tool
 * reads as an annotation). One keyword, the rules vocabulary's metadata, is handed to a collector instead.
 */
public final class SchemaRewriter {

    /** The keyword that carries a rule's id, severity and texts in the rules vocabulary. */
    public static final String RULE_METADATA = "appflowRule";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final UnaryOperator<String> references;
    private final BiConsumer<String, JsonNode> rules;

    /**
     * @param references maps each {@code $ref} value to its new value
     * @param rules      receives the metadata of each rule met, with the JSON pointer of its schema
     */
    public SchemaRewriter(UnaryOperator<String> references, BiConsumer<String, JsonNode> rules) {
        this.references = references;
        this.rules = rules;
    }

    public JsonNode rewrite(JsonNode schema) {
        return schema(schema, "");
    }

    private JsonNode schema(JsonNode schema, String pointer) {
        if (!schema.isObject()) {
            return schema.deepCopy();
        }
        ObjectNode copy = NODES.objectNode();
        for (var member : schema.properties()) {
            String keyword = member.getKey();
            JsonNode value = member.getValue();
            String at = pointer + "/" + keyword.replace("~", "~0").replace("/", "~1");
            if (keyword.equals(RULE_METADATA)) {
                rules.accept(pointer, value);
            } else if (SchemaKeywords.DOCUMENT.contains(keyword)) {
                continue;
            } else if (keyword.equals("$ref") && value.isString()) {
                copy.put(keyword, references.apply(value.stringValue()));
            } else if (SchemaKeywords.SCHEMA.contains(keyword)) {
                copy.set(keyword, schema(value, at));
            } else if (SchemaKeywords.SCHEMA_ARRAY.contains(keyword) && value.isArray()) {
                copy.set(keyword, schemas(value, at));
            } else if (SchemaKeywords.SCHEMA_MAP.contains(keyword) && value.isObject()) {
                copy.set(keyword, schemaMap(value, at));
            } else if (SchemaKeywords.DATA.contains(keyword) || keyword.startsWith("x-")) {
                copy.set(keyword, value.deepCopy());
            } else {
                copy.set("x-" + keyword, value.deepCopy());
            }
        }
        return copy;
    }

    private ArrayNode schemas(JsonNode array, String pointer) {
        ArrayNode copy = NODES.arrayNode();
        for (int i = 0; i < array.size(); i++) {
            copy.add(schema(array.get(i), pointer + "/" + i));
        }
        return copy;
    }

    private ObjectNode schemaMap(JsonNode map, String pointer) {
        ObjectNode copy = NODES.objectNode();
        for (var entry : map.properties()) {
            copy.set(entry.getKey(), schema(entry.getValue(),
                    pointer + "/" + entry.getKey().replace("~", "~0").replace("/", "~1")));
        }
        return copy;
    }
}
