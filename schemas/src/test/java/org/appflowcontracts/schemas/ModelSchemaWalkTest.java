package org.appflowcontracts.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Walks the AWS model and the imported shapes side by side: every shape, member, {@code required} entry and
 * {@code min}/{@code max}/{@code pattern}/{@code enum} constraint of the model must be on the matching schema node.
 */
class ModelSchemaWalkTest {

    private final JsonNode model = SchemaFiles.model();
    private final JsonNode defs = SchemaFiles.shapesSchema().path("$defs");

    private int required;
    private int mins;
    private int maxes;
    private int patterns;
    private int enums;
    private int members;

    @Test
    void everyModelConstraintIsOnTheMatchingSchemaNode() {
        for (Map.Entry<String, JsonNode> entry : model.path("shapes").properties()) {
            String name = entry.getKey();
            JsonNode shape = entry.getValue();
            JsonNode schema = defs.path(name);
            assertThat(schema.isObject()).as("$defs/%s", name).isTrue();
            switch (shape.path("type").asString()) {
                case "structure" -> structure(name, shape, schema);
                case "list" -> {
                    assertThat(schema.path("type").asString()).as(name).isEqualTo("array");
                    assertRef(schema.path("items"), shape.path("member"), name + " items");
                    bound(shape, "min", schema, "minItems", name);
                    bound(shape, "max", schema, "maxItems", name);
                }
                case "map" -> {
                    assertThat(schema.path("type").asString()).as(name).isEqualTo("object");
                    assertRef(schema.path("additionalProperties"), shape.path("value"), name + " values");
                    bound(shape, "min", schema, "minProperties", name);
                    bound(shape, "max", schema, "maxProperties", name);
                    String keyShape = shape.path("key").path("shape").asString();
                    stringConstraints(model.path("shapes").path(keyShape), schema.path("propertyNames"),
                            name + " keys (" + keyShape + ")");
                }
                case "string" -> {
                    assertThat(schema.path("type").asString()).as(name).isEqualTo("string");
                    stringConstraints(shape, schema, name);
                }
                case "integer", "long" -> {
                    assertThat(schema.path("type").asString()).as(name).isEqualTo("integer");
                    bound(shape, "min", schema, "minimum", name);
                    bound(shape, "max", schema, "maximum", name);
                }
                case "double", "float" -> assertThat(schema.path("type").asString()).as(name).isEqualTo("number");
                case "boolean" -> assertThat(schema.path("type").asString()).as(name).isEqualTo("boolean");
                case "timestamp" -> {
                    assertThat(schema.path("type").toString()).as(name).isEqualTo("[\"number\",\"string\"]");
                    assertThat(schema.path("pattern").isString()).as(name + " pattern").isTrue();
                }
                default -> throw new AssertionError("shape type the walk does not know: " + name);
            }
        }
        System.out.printf("model walk: %d members, %d required, %d min, %d max, %d pattern, %d enum%n",
                members, required, mins, maxes, patterns, enums);
        assertThat(members).isEqualTo(667);
        assertThat(required + mins + maxes + patterns + enums).isPositive();
    }

    private void structure(String name, JsonNode shape, JsonNode schema) {
        assertThat(schema.path("type").asString()).as(name).isEqualTo("object");
        assertThat(schema.path("additionalProperties").isBoolean()
                && !schema.path("additionalProperties").booleanValue()).as(name + " closed").isTrue();
        List<String> modelMembers = new ArrayList<>(shape.path("members").propertyNames());
        List<String> schemaMembers = new ArrayList<>(schema.path("properties").propertyNames());
        assertThat(schemaMembers).as(name + " properties, in model order").isEqualTo(modelMembers);
        for (Map.Entry<String, JsonNode> member : shape.path("members").properties()) {
            assertRef(schema.path("properties").path(member.getKey()), member.getValue(), name + "." + member.getKey());
            members++;
        }
        List<String> modelRequired = strings(shape.path("required"));
        assertThat(strings(schema.path("required"))).as(name + " required").isEqualTo(modelRequired);
        required += modelRequired.size();
    }

    private void stringConstraints(JsonNode shape, JsonNode schema, String where) {
        bound(shape, "min", schema, "minLength", where);
        bound(shape, "max", schema, "maxLength", where);
        if (shape.has("pattern")) {
            assertThat(schema.path("pattern").isString()).as(where + " pattern").isTrue();
            patterns++;
        } else {
            assertThat(schema.has("pattern")).as(where + " has no model pattern").isFalse();
        }
        if (shape.has("enum")) {
            assertThat(strings(schema.path("enum"))).as(where + " enum").isEqualTo(strings(shape.path("enum")));
            enums++;
        } else {
            assertThat(schema.has("enum")).as(where + " has no model enum").isFalse();
        }
    }

    private void bound(JsonNode shape, String modelKey, JsonNode schema, String keyword, String where) {
        if (!shape.has(modelKey)) {
            assertThat(schema.has(keyword)).as(where + " has no model " + modelKey).isFalse();
            return;
        }
        JsonNode value = schema.path(keyword);
        assertThat(value.isIntegralNumber()).as(where + " " + keyword + " is an exact integer").isTrue();
        assertThat(value.bigIntegerValue()).as(where + " " + keyword)
                .isEqualTo(shape.path(modelKey).decimalValue().toBigIntegerExact());
        if (modelKey.equals("min")) {
            mins++;
        } else {
            maxes++;
        }
    }

    private static void assertRef(JsonNode schema, JsonNode modelRef, String where) {
        assertThat(schema.path("$ref").asString()).as(where)
                .isEqualTo("#/$defs/" + modelRef.path("shape").asString());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(v -> out.add(v.asString()));
        return out;
    }
}
