package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.codegen.Fixture;
import org.appflowcontracts.codegen.JavacRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Compiles the fixture's generated sources with {@code -Xlint:all -Werror} and runs them. */
class GeneratedCodeTest {

    @TempDir
    static Path work;

    private static ClassLoader generated;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @BeforeAll
    static void compileGeneratedSources() throws IOException {
        Path sources = work.resolve("src");
        Path classes = work.resolve("classes");
        CompileResult result = new SchemaCompiler().compile(Fixture.config(sources), Fixture.inputs());
        assertThat(result.records()).isEqualTo(5);
        assertThat(result.enums()).isEqualTo(2);

        generated = JavacRunner.compile(sources, classes);
    }

    private static List<String> validate(String json) throws Exception {
        Class<?> validator = generated.loadClass(Fixture.PACKAGE + ".validation.CreatePipeRequestValidator");
        Method validate = validator.getMethod("validate", JsonNode.class);
        List<String> out = new ArrayList<>();
        for (Object finding : (List<?>) validate.invoke(null, MAPPER.readTree(json))) {
            Class<?> type = finding.getClass();
            Object severity = type.getMethod("severity").invoke(finding);
            out.add(type.getMethod("ruleId").invoke(finding) + " " + severity.getClass().getMethod("wireName").invoke(severity)
                    + " " + type.getMethod("pointer").invoke(finding));
        }
        return out;
    }

    @Test
    void validDocumentHasNoFindings() throws Exception {
        assertThat(validate("""
                {"pipeName": "orders", "connectorType": "Salesforce",
                 "stages": [{"name": "a", "kind": "Map", "fields": ["x"]},
                            {"name": "b", "kind": "Filter", "fields": ["x"]}],
                 "tags": {"team": "data"}}""")).isEmpty();
    }

    @Test
    void typeLevelFailuresUseSchemaKeywordIds() throws Exception {
        assertThat(validate("""
                {"pipeName": "", "connectorType": "Oracle", "extra": 1,
                 "schedule": {"offset": 36001},
                 "tags": {"Team": "abcdefghij"}}""")).containsExactlyInAnyOrder(
                "schema.additionalProperties error /extra",
                "schema.minLength error /pipeName",
                "schema.pattern error /pipeName",
                "schema.enum error /connectorType",
                "schema.maximum error /schedule/offset",
                "schema.propertyNames error /tags/Team",
                "schema.maxLength error /tags/Team");
    }

    @Test
    void lengthsCountCodePointsNotChars() throws Exception {
        String emoji = "\uD83D\uDE00";
        // TagValue allows 8 characters: 8 emoji are 16 chars but 8 code points; 9 emoji are one too many.
        assertThat(validate("{\"pipeName\": \"p\", \"connectorType\": \"Salesforce\", \"tags\": {\"a\": \""
                + emoji.repeat(8) + "\", \"b\": \"" + "x".repeat(7) + emoji + "\"}}")).isEmpty();
        assertThat(validate("{\"pipeName\": \"p\", \"connectorType\": \"Salesforce\", \"tags\": {\"a\": \""
                + emoji.repeat(9) + "\", \"b\": \"" + "x".repeat(8) + emoji + "\"}}")).containsExactlyInAnyOrder(
                "schema.maxLength error /tags/a", "schema.maxLength error /tags/b");
    }

    @Test
    void ruleFailuresBelongToTheNearestRuleAndSubsumeTypeLevelOnes() throws Exception {
        assertThat(validate("""
                {"pipeName": "p", "connectorType": "SAPOData",
                 "schedule": {"startTime": "2024-05-01T00:00:00Z", "endTime": 1700000000},
                 "stages": [{"name": "a", "kind": "Map", "fields": []},
                            {"name": "a", "kind": "Filter", "fields": ["y"]}]}""")).containsExactlyInAnyOrder(
                "SAP_NEEDS_SCHEDULE.offset warning /schedule",
                "SCHEDULE_ORDER error /schedule/endTime",
                "NO_EMPTY_MAP warning /stages/0/fields",
                "UNIQUE_STAGE_NAMES warning /stages/1/name",
                "FIELDS_COVERED info /stages/1/fields/0");
    }

    @Test
    void orderedComparesRfc3339InAnyCaseAndEpochSeconds() throws Exception {
        assertThat(validate("""
                {"pipeName": "p", "connectorType": "Salesforce",
                 "schedule": {"startTime": "2024-05-01t00:00:00z", "endTime": 1714521600}}"""))
                .containsExactly("SCHEDULE_ORDER error /schedule/endTime", "schema.pattern error /schedule/startTime");
        assertThat(validate("""
                {"pipeName": "p", "connectorType": "Salesforce",
                 "schedule": {"startTime": "2024-05-01t00:00:00z", "endTime": 1714521601}}"""))
                .containsExactly("schema.pattern error /schedule/startTime");
    }

    @Test
    void missingMemberReportedByRuleAndTypeLevelForDifferentMembers() throws Exception {
        assertThat(validate("""
                {"connectorType": "SAPOData"}""")).containsExactly(
                "SAP_NEEDS_SCHEDULE error ",
                "schema.required error ");
    }

    @Test
    void nestedCollectionsAreCopiedAtEveryLevel() throws Exception {
        Class<?> response = generated.loadClass(Fixture.PACKAGE + ".CreatePipeResponse");
        java.util.List<Object> stages = new java.util.ArrayList<>();
        stages.add(null);
        java.util.Map<String, java.util.List<Object>> byGroup = new java.util.LinkedHashMap<>();
        byGroup.put("g", stages);
        byGroup.put("none", null);
        Object value = response.getConstructors()[0].newInstance("arn", byGroup);
        stages.add(null);
        java.util.Map<?, ?> copied = (java.util.Map<?, ?>) response.getMethod("stagesByGroup").invoke(value);
        assertThat((List<?>) copied.get("g")).hasSize(1);
        assertThat(copied.get("none")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ((List<?>) copied.get("g")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recordsBindThroughJacksonByWireNames() throws Exception {
        Class<?> request = generated.loadClass(Fixture.PACKAGE + ".CreatePipeRequest");
        String json = "{\"pipeName\":\"p\",\"connectorType\":\"Map_all\",\"stages\":[{\"name\":\"a\",\"kind\":\"Map_all\"}],\"default\":true}";
        Object value = MAPPER.readValue(json, request);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(value))).isEqualTo(MAPPER.readTree(json));
        Object connector = request.getMethod("connectorType").invoke(value);
        assertThat(connector.toString()).isEqualTo("Map_all");
        assertThat(((Enum<?>) connector).name()).isEqualTo("MAP_ALL");
        List<?> stages = (List<?>) request.getMethod("stages").invoke(value);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> stages.remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
