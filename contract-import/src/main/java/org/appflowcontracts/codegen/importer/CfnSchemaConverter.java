package org.appflowcontracts.codegen.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * Turns a CloudFormation resource provider schema into a JSON Schema 2020-12 document of the resource's
 * {@code Properties} object, in the subset the schema compiler reads:
 * <ul>
 *   <li>{@code definitions} become {@code $defs}, and {@code $ref}s follow;</li>
 *   <li>prose ({@code description}, {@code $comment}) and keywords that only steer CloudFormation itself
 *       ({@code insertionOrder}, {@code relationshipRef}, {@code arrayType}, {@code tagging},
 *       {@code createOnlyProperties}, {@code primaryIdentifier}, handlers, ...) are dropped;</li>
 *   <li>{@code readOnlyProperties} are facts: such a property may not be written, so its schema becomes
 *       {@code false};</li>
 *   <li>a single {@code patternProperties} entry under {@code additionalProperties: false} becomes
 *       {@code propertyNames} with that pattern plus {@code additionalProperties} with the entry's schema (the
 *       same instances pass);</li>
 *   <li>scalar types are widened to the values CloudFormation converts ({@link ScalarConversions}).</li>
 * </ul>
 * Member names (properties and {@code required}) are passed through a naming function, which lets the same
 * conversion produce the awscc Terraform provider's snake_case spelling. Patterns are kept as the provider
 * schema writes them: unanchored, matched anywhere in the value, as JSON Schema and cfn-lint read them.
 */
final class CfnSchemaConverter {

    /** Keywords carried over with their value unchanged. */
    private static final Set<String> VALUE_KEYWORDS = Set.of("type", "enum", "const", "minLength", "maxLength",
            "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems",
            "uniqueItems", "minProperties", "maxProperties");
    /** Keywords whose value is one subschema. */
    private static final Set<String> SCHEMA_KEYWORDS = Set.of("items", "additionalProperties", "propertyNames", "not");
    /** Keywords whose value is a list of subschemas. */
    private static final Set<String> SCHEMA_LIST_KEYWORDS = Set.of("allOf", "anyOf", "oneOf");
    /** Keywords of no meaning for the values a template may hold. */
    private static final Set<String> DROPPED = Set.of("description", "$comment", "insertionOrder",
            "relationshipRef", "arrayType", "examples", "format", "$schema", "sourceUrl", "documentationUrl",
            "typeName", "tagging", "createOnlyProperties", "primaryIdentifier", "readOnlyProperties",
            "writeOnlyProperties", "conditionalCreateOnlyProperties", "deprecatedProperties", "handlers",
            "additionalIdentifiers", "propertyTransform", "replacementStrategy", "taggable", "definitions");

    private static final String SOURCE = "CloudFormation resource schema";
    private static final String CFN_DEFINITIONS = "#/definitions/";

    private final UnaryOperator<String> naming;

    CfnSchemaConverter(UnaryOperator<String> naming) {
        this.naming = naming;
    }

    /** The {@code Properties} schema of a resource, headed by {@code $schema}, {@code $id} and {@code title}. */
    Map<String, Object> convert(JsonNode resource, String id, String title) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("$schema", AwsModelImporter.SCHEMA_DIALECT);
        out.put("$id", id);
        out.put("title", title);
        Set<String> readOnly = readOnlyProperties(resource);
        Map<String, Object> body = schema(resource, "");
        for (String name : readOnly) {
            properties(body, naming.apply(name)).put(naming.apply(name), false);
        }
        body.remove("type");
        out.put("type", "object");
        out.putAll(body);
        JsonNode definitions = resource.get("definitions");
        if (definitions != null) {
            Map<String, Object> defs = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> def : sorted(definitions)) {
                defs.put(def.getKey(), schema(def.getValue(), "/definitions/" + def.getKey()));
            }
            out.put("$defs", defs);
        }
        return out;
    }

    @SuppressWarnings("unchecked") // schema() builds "properties" as a map of member name to schema
    private static Map<String, Object> properties(Map<String, Object> body, String name) {
        Object properties = body.get("properties");
        if (!(properties instanceof Map<?, ?> map) || !map.containsKey(name)) {
            throw new ModelFormatException(SOURCE, "/readOnlyProperties", "'" + name + "' is not a property");
        }
        return (Map<String, Object>) properties;
    }

    private static Set<String> readOnlyProperties(JsonNode resource) {
        Set<String> names = new TreeSet<>();
        for (JsonNode pointer : resource.path("readOnlyProperties")) {
            String text = pointer.asString();
            if (!text.startsWith("/properties/") || text.indexOf('/', "/properties/".length()) >= 0) {
                throw new ModelFormatException(SOURCE, "/readOnlyProperties", "'" + text + "' is not a top-level property");
            }
            names.add(text.substring("/properties/".length()));
        }
        return names;
    }

    private Map<String, Object> schema(JsonNode node, String at) {
        if (!node.isObject()) {
            throw new ModelFormatException(SOURCE, at, "a schema must be an object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : sorted(node)) {
            String keyword = member.getKey();
            JsonNode value = member.getValue();
            String where = at + "/" + keyword;
            if (DROPPED.contains(keyword)) {
                continue;
            }
            if (VALUE_KEYWORDS.contains(keyword)) {
                out.put(keyword, plain(value));
            } else if (SCHEMA_KEYWORDS.contains(keyword)) {
                out.put(keyword, value.isBoolean() ? value.booleanValue() : schema(value, where));
            } else if (SCHEMA_LIST_KEYWORDS.contains(keyword)) {
                List<Object> branches = new ArrayList<>();
                for (int i = 0; i < value.size(); i++) {
                    branches.add(schema(value.get(i), where + "/" + i));
                }
                out.put(keyword, branches);
            } else {
                convertStructural(keyword, value, where, out);
            }
        }
        patternPropertiesToPropertyNames(node, at, out);
        ScalarConversions.widen(out);
        return out;
    }

    private void convertStructural(String keyword, JsonNode value, String where, Map<String, Object> out) {
        switch (keyword) {
            case "$ref" -> out.put("$ref", ref(value.asString(), where));
            case "properties" -> {
                Map<String, Object> properties = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> property : sorted(value)) {
                    properties.put(naming.apply(property.getKey()),
                            schema(property.getValue(), where + "/" + property.getKey()));
                }
                out.put("properties", properties);
            }
            case "required" -> {
                if (!value.isEmpty()) {
                    List<Object> names = new ArrayList<>();
                    value.forEach(name -> names.add(naming.apply(name.asString())));
                    out.put("required", names);
                }
            }
            case "patternProperties" -> {
                // converted together with additionalProperties, once every member has been read
            }
            default -> throw new ModelFormatException(SOURCE, where, "unsupported keyword '" + keyword + "'");
        }
    }

    private void patternPropertiesToPropertyNames(JsonNode node, String at, Map<String, Object> out) {
        JsonNode patterns = node.get("patternProperties");
        if (patterns == null) {
            return;
        }
        JsonNode additional = node.get("additionalProperties");
        if (patterns.size() != 1 || additional == null || !additional.isBoolean() || additional.booleanValue()) {
            throw new ModelFormatException(SOURCE, at + "/patternProperties",
                    "only one pattern under additionalProperties: false can be converted");
        }
        Map.Entry<String, JsonNode> only = patterns.properties().iterator().next();
        out.put("propertyNames", new LinkedHashMap<>(Map.of("pattern", only.getKey())));
        out.put("additionalProperties", schema(only.getValue(), at + "/patternProperties/" + only.getKey()));
    }

    private static String ref(String reference, String where) {
        if (!reference.startsWith(CFN_DEFINITIONS)) {
            throw new ModelFormatException(SOURCE, where, "$ref '" + reference + "' does not name a definition");
        }
        return "#/$defs/" + reference.substring(CFN_DEFINITIONS.length());
    }

    /** Members in name order, so the output does not depend on how the provider schema was laid out. */
    private static List<Map.Entry<String, JsonNode>> sorted(JsonNode object) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(object.properties());
        members.sort(Map.Entry.comparingByKey());
        return members;
    }

    private static Object plain(JsonNode value) {
        if (value.isArray()) {
            List<Object> items = new ArrayList<>();
            value.forEach(item -> items.add(plain(item)));
            return items;
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        throw new ModelFormatException(SOURCE, "", "unsupported keyword value " + value);
    }

}
