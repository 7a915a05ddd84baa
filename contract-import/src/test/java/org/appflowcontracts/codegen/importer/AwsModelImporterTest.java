package org.appflowcontracts.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AwsModelImporterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ServiceModel model(String shapes, String operations) {
        String text = "{\"metadata\": {\"apiVersion\": \"2020-08-23\"}, \"operations\": {" + operations
                + "}, \"shapes\": {" + shapes + "}}";
        return ModelParser.parse("test-model.json", JSON.readTree(text.replace('\'', '"')));
    }

    private static final String SHAPES = "'Req': {'type': 'structure', 'required': ['tags', 'name'], 'members': {"
            + "'name': {'shape': 'Name'}, 'tags': {'shape': 'Tags'}, 'size': {'shape': 'Big'}, 'when': {'shape': 'When'},"
            + " 'items': {'shape': 'Items'}}},"
            + "'Name': {'type': 'string', 'min': 1, 'max': 8, 'pattern': '[a-z]+', 'enum': ['ab', 'cd']},"
            + "'Tags': {'type': 'map', 'key': {'shape': 'Name'}, 'value': {'shape': 'Name'}, 'min': 0, 'max': 50},"
            + "'Items': {'type': 'list', 'member': {'shape': 'Name'}, 'min': 1, 'max': 3},"
            + "'Big': {'type': 'long', 'min': -9223372036854775808, 'max': 9007199254740993},"
            + "'When': {'type': 'timestamp'}";

    @Test
    void writesEntrySchemasAndOneDefsEntryPerShape() {
        SortedMap<String, String> files = AwsModelImporter.render(model(SHAPES,
                "'Put': {'name': 'Put', 'input': {'shape': 'Req'}}"));
        assertThat(files).containsOnlyKeys("shapes.schema.json", "PutRequest.schema.json", "PutResponse.schema.json");
        assertThat(files.get("PutRequest.schema.json")).isEqualTo("""
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "https://schemas.appflowcontracts.org/appflow/2020-08-23/PutRequest.schema.json",
                  "title": "PutRequest",
                  "$ref": "shapes.schema.json#/$defs/Req"
                }
                """);
        assertThat(files.get("PutResponse.schema.json")).isEqualTo("""
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "https://schemas.appflowcontracts.org/appflow/2020-08-23/PutResponse.schema.json",
                  "title": "PutResponse",
                  "type": "object",
                  "additionalProperties": false
                }
                """);
        String shapes = files.get("shapes.schema.json");
        JsonNode defs = JSON.readTree(shapes).path("$defs");
        assertThat(defs.propertyNames()).containsExactly("Big", "Items", "Name", "Req", "Tags", "When");
        assertThat(defs.path("Req")).isEqualTo(JSON.readTree(("{'title': 'Req', 'type': 'object', 'properties': {"
                + "'name': {'$ref': '#/$defs/Name'}, 'tags': {'$ref': '#/$defs/Tags'}, 'size': {'$ref': '#/$defs/Big'},"
                + "'when': {'$ref': '#/$defs/When'}, 'items': {'$ref': '#/$defs/Items'}},"
                + "'required': ['tags', 'name'], 'additionalProperties': false}").replace('\'', '"')));
        assertThat(defs.path("Req").path("properties").propertyNames())
                .containsExactly("name", "tags", "size", "when", "items");
        String namePattern = "^(?:[a-z]+)$" + PatternTranslator.END_GUARD;
        assertThat(defs.path("Tags")).isEqualTo(JSON.readTree(("{'title': 'Tags', 'type': 'object', 'propertyNames': {"
                + "'minLength': 1, 'maxLength': 8, 'pattern': 'P', 'enum': ['ab', 'cd']},"
                + "'additionalProperties': {'$ref': '#/$defs/Name'}, 'minProperties': 0, 'maxProperties': 50}")
                .replace('\'', '"').replace("\"P\"", JsonText.write(namePattern).trim())));
        assertThat(defs.path("Items")).isEqualTo(JSON.readTree(("{'title': 'Items', 'type': 'array',"
                + "'items': {'$ref': '#/$defs/Name'}, 'minItems': 1, 'maxItems': 3}").replace('\'', '"')));
        assertThat(defs.path("When").path("type").toString()).isEqualTo("[\"number\",\"string\"]");
        assertThat(defs.path("When").path("pattern").asString()).isEqualTo(ShapeSchemaEmitter.TIMESTAMP);
        // exact integers, never routed through double
        assertThat(shapes).contains("\"minimum\": -9223372036854775808,\n      \"maximum\": 9007199254740993\n");
        assertThat(shapes).endsWith("}\n").doesNotContain("\t").doesNotContain(" : ");
    }

    @Test
    void outputIsDeterministic() {
        ServiceModel model = model(SHAPES, "'Put': {'name': 'Put', 'input': {'shape': 'Req'}}");
        assertThat(AwsModelImporter.render(model)).isEqualTo(AwsModelImporter.render(
                model(SHAPES, "'Put': {'name': 'Put', 'input': {'shape': 'Req'}}")));
    }

    @Test
    void timestampPatternFullyMatchesTheSdkInputForms() {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(ShapeSchemaEmitter.TIMESTAMP);
        for (String accepted : List.of("2023-08-30T12:00:00Z", "2023-08-30t12:00:00.5+05:30", "2023-08-30",
                "2023-08-30T12:00:00", "2023-08-30T12:00", "2023-08-30 12:00:00", "2023-08-30T12:00:00+0900",
                "2023-08-30T12:00:00-09", "2023-08-30T12:00:00.123456789z", "1766197512", "1766197512.25",
                "2024-02-29", "2023-04-30", "2023-12-31")) {
            assertThat(p.matcher(accepted).find()).as(accepted).isTrue();
        }
        for (String rejected : List.of("", "2023-08-30T12:00:00Z\n", "x2023-08-30T12:00:00Z", "2023-13-01",
                "2023-08-30T25:00:00Z", "2023-08-30T24:00:00Z", "2023-08-30T12:00:60Z", "2023-04-31", "2023-02-30",
                "2023-08-30Z", "2023-08-30T12Z", "2023-08-30T12:00:00.Z", "2023-08-30T12:00:00+24:00",
                "2023-08-30T12:00:00+0960", "tomorrow", "May 28 2026", "-5", "+1766197512", " 1766197512",
                "1766197512.", "1e9")) {
            assertThat(p.matcher(rejected).find()).as(rejected).isFalse();
        }
    }

    @Test
    void unknownShapeTypeFailsWithItsLocation() {
        assertThatThrownBy(() -> model("'X': {'type': 'decimal'}", ""))
                .isInstanceOf(ModelFormatException.class)
                .hasMessage("test-model.json at /shapes/X/type: unknown shape type 'decimal'"
                        + " (known: structure, list, map, string, integer, long, double, float, boolean, timestamp, blob)");
    }

    @Test
    void danglingReferencesAndBadRequiredMembersFailWithTheirLocation() {
        assertThatThrownBy(() -> model("'L': {'type': 'list', 'member': {'shape': 'Missing'}}", ""))
                .hasMessageContaining("/shapes/L").hasMessageContaining("unknown shape 'Missing'");
        assertThatThrownBy(() -> model("'S': {'type': 'structure', 'required': ['b'], 'members': {}}", ""))
                .hasMessageContaining("/shapes/S/required/0").hasMessageContaining("'b'");
        assertThatThrownBy(() -> model("'S': {'type': 'string'}", "'Op': {'input': {'shape': 'Nope'}}"))
                .hasMessageContaining("/operations/Op/input/shape");
        assertThatThrownBy(() -> model("'I': {'type': 'integer', 'min': 'one'}", ""))
                .hasMessageContaining("/shapes/I/min");
    }

    @Test
    void unsupportedPatternNamesTheShape() {
        ServiceModel model = model("'S': {'type': 'string', 'pattern': '\\\\p{L}+'}", "");
        assertThatThrownBy(() -> AwsModelImporter.render(model))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("shape 'S'").hasMessageContaining("\\p{L}+");
    }
}
