package org.appflowcontracts.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** One request and one response entry schema per model operation, each pointing at the right shape. */
class EntrySchemasTest {

    private final JsonNode model = SchemaFiles.model();

    @Test
    void everyOperationHasRequestAndResponseEntrySchemas() {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> operation : model.path("operations").properties()) {
            for (String direction : List.of("input", "output")) {
                String title = operation.getKey() + (direction.equals("input") ? "Request" : "Response");
                Path file = SchemaFiles.APPFLOW_DIR.resolve(title + ".schema.json");
                assertThat(file).as(title).exists();
                JsonNode schema = SchemaFiles.read(file);
                assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
                assertThat(schema.path("$id").asString()).isEqualTo(SchemaFiles.ID_BASE + title + ".schema.json");
                assertThat(schema.path("title").asString()).isEqualTo(title);
                JsonNode shape = operation.getValue().get(direction);
                if (shape == null) {
                    assertThat(schema.path("type").asString()).as(title).isEqualTo("object");
                    assertThat(schema.path("additionalProperties").isBoolean()
                            && !schema.path("additionalProperties").booleanValue()).as(title).isTrue();
                    assertThat(schema.has("$ref")).as(title).isFalse();
                } else {
                    assertThat(schema.path("$ref").asString()).as(title)
                            .isEqualTo("shapes.schema.json#/$defs/" + shape.path("shape").asString());
                }
                checked.add(title);
            }
        }
        assertThat(checked).hasSize(50);
    }

    @Test
    void noEntrySchemaWithoutAnOperation() throws Exception {
        TreeSet<String> expected = new TreeSet<>();
        model.path("operations").propertyNames().forEach(op -> {
            expected.add(op + "Request.schema.json");
            expected.add(op + "Response.schema.json");
        });
        TreeSet<String> present = new TreeSet<>();
        try (var files = Files.list(SchemaFiles.APPFLOW_DIR)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("Request.schema.json") || n.endsWith("Response.schema.json"))
                    .forEach(present::add);
        }
        assertThat(present).isEqualTo(expected);
    }

    @Test
    void everyModelShapeIsADefsEntryAndNothingElse() {
        JsonNode defs = SchemaFiles.shapesSchema().path("$defs");
        TreeSet<String> shapes = new TreeSet<>(model.path("shapes").propertyNames());
        assertThat(shapes).hasSize(415);
        assertThat(new TreeSet<>(defs.propertyNames())).isEqualTo(shapes);
        for (String shape : shapes) {
            assertThat(defs.path(shape).path("title").asString()).as(shape).isEqualTo(shape);
        }
        JsonNode root = SchemaFiles.shapesSchema();
        assertThat(root.path("$id").asString()).isEqualTo(SchemaFiles.ID_BASE + "shapes.schema.json");
    }
}
