package org.appflowcontracts.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResourceSchemaImporterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    private static Map<String, Object> convert(String cfn, UnaryOperator<String> naming) {
        return new CfnSchemaConverter(naming).convert(json(cfn), "https://example.org/x.json", "X");
    }

    @Test
    void definitionsBecomeDefsAndRefsFollow() {
        Map<String, Object> out = convert("{'properties': {'A': {'$ref': '#/definitions/B'}},"
                + " 'definitions': {'B': {'type': 'object', 'properties': {}}}}", UnaryOperator.identity());
        assertThat(out).containsKey("$defs").doesNotContainKey("definitions");
        assertThat(out.get("properties")).isEqualTo(Map.of("A", Map.of("$ref", "#/$defs/B")));
    }

    @Test
    void proseAndCloudFormationOnlyKeywordsAreDropped() {
        Map<String, Object> out = convert("{'description': 'd', 'tagging': {'taggable': true},"
                + " 'createOnlyProperties': ['/properties/A'], 'properties': {'A': {'type': 'array',"
                + " 'insertionOrder': false, 'description': 'x', 'items': {'relationshipRef': {}, 'type': 'object'}}}}",
                UnaryOperator.identity());
        assertThat(out).containsOnlyKeys("$schema", "$id", "title", "type", "properties");
        assertThat(out.get("properties")).isEqualTo(Map.of("A", Map.of("type", "array", "items",
                Map.of("type", "object"))));
    }

    @Test
    void readOnlyPropertiesMayNotBeWritten() {
        Map<String, Object> out = convert("{'readOnlyProperties': ['/properties/Arn'],"
                + " 'properties': {'Arn': {'type': 'string'}}}", UnaryOperator.identity());
        assertThat(out.get("properties")).isEqualTo(Map.of("Arn", false));
        assertThatThrownBy(() -> convert("{'readOnlyProperties': ['/properties/Nope'], 'properties': {}}",
                UnaryOperator.identity())).hasMessageContaining("'Nope' is not a property");
    }

    @Test
    void onePatternPropertyBecomesPropertyNames() {
        Map<String, Object> out = convert("{'properties': {'M': {'type': 'object', 'additionalProperties': false,"
                + " 'patternProperties': {'^[a-z]+$': {'type': 'object'}}}}}", UnaryOperator.identity());
        assertThat(out.get("properties")).isEqualTo(Map.of("M", Map.of("type", "object",
                "propertyNames", Map.of("pattern", "^[a-z]+$"), "additionalProperties", Map.of("type", "object"))));
        assertThatThrownBy(() -> convert("{'properties': {'M': {'patternProperties': {'a': {}}}}}",
                UnaryOperator.identity())).hasMessageContaining("/properties/M/patternProperties");
    }

    @Test
    void scalarTypesAcceptTheValuesTheToolsConvert() {
        Map<String, Object> out = convert("{'properties': {'S': {'type': 'string', 'maxLength': 3},"
                + " 'I': {'type': 'integer'}, 'B': {'type': 'boolean'}}}", UnaryOperator.identity());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) out.get("properties");
        assertThat(properties.get("S").get("type")).isEqualTo(List.of("string", "number", "boolean"));
        assertThat(properties.get("I")).containsEntry("type", List.of("integer", "string"))
                .containsEntry("pattern", ScalarConversions.INTEGER_TEXT);
        assertThat(properties.get("B")).containsEntry("pattern", ScalarConversions.BOOLEAN_TEXT);
    }

    @Test
    void memberNamesFollowTheNamingFunction() {
        Map<String, Object> out = convert("{'required': ['KMSArn'], 'properties': {'KMSArn': {'type': 'object'}}}",
                SnakeCase::of);
        assertThat(out.get("required")).isEqualTo(List.of("kms_arn"));
        assertThat(String.valueOf(((Map<?, ?>) out.get("properties")).keySet())).isEqualTo("[kms_arn]");
    }

    @Test
    void unknownKeywordsAreNamedWithTheirPlace() {
        assertThatThrownBy(() -> convert("{'properties': {'A': {'dependencies': {}}}}", UnaryOperator.identity()))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("/properties/A/dependencies");
    }

    @Test
    void snakeCaseSplitsWordsAcronymsAndDigits() {
        assertThat(SnakeCase.of("KMSArn")).isEqualTo("kms_arn");
        assertThat(SnakeCase.of("SAPOData")).isEqualTo("sapo_data");
        assertThat(SnakeCase.of("S3OutputFormatConfig")).isEqualTo("s3_output_format_config");
        assertThat(SnakeCase.of("maxPageSize")).isEqualTo("max_page_size");
        assertThat(SnakeCase.of("InforNexus")).isEqualTo("infor_nexus");
        assertThat(ResourceSchemaImporter.awsccName("AWS::AppFlow::Flow")).isEqualTo("awscc_appflow_flow");
    }
}
