package org.appflowcontracts.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where a "did you mean" must stay silent: a suggestion that shares no character with what was written is a
 * guess, not a correction; and the S3-source projection warning, which lives inside an error rule, stays a warning.
 */
class SuggestionEdgeCasesTest {

    private static final String FLOW = """
            {"flowName": "vendor-feed-copy", "triggerConfig": {"triggerType": "OnDemand"},
             "sourceFlowConfig": {"connectorType": "S3",
                                  "sourceConnectorProperties": {"S3": {"bucketName": "acme-in", "bucketPrefix": "feed"}}},
             "destinationFlowConfigList": [{"connectorType": %s,
                 "destinationConnectorProperties": {"S3": {"bucketName": "acme-out"}}}],
             "tasks": [{"taskType": %s, "sourceFields": ["sku"], "destinationField": "sku",
                        "connectorOperator": {"S3": "NO_OP"}}]}""";

    private static final String CONNECTOR = "/destinationFlowConfigList/0/connectorType";
    private static final String TASK_TYPE = "/tasks/0/taskType";

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aValueSharingNoCharacterWithAnAllowedOneGetsNoGuess(EngineKind engine) throws Exception {
        // ConnectorType allows S3: every value of at most two characters is within two edits of it.
        for (String value : List.of("", "X", "Q", "Mp")) {
            assertThat(enumMessage(engine, "\"" + value + "\"", "\"Map\"", CONNECTOR)).as(value)
                    .startsWith("must be one of Salesforce, Singular,").doesNotContain("did you mean");
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aShortValueCutShortStillNamesTheAllowedOne(EngineKind engine) throws Exception {
        assertThat(enumMessage(engine, "\"S3\"", "\"Ma\"", TASK_TYPE)).endsWith("; did you mean 'Map'?");
        assertThat(enumMessage(engine, "\"S3\"", "\"Mpa\"", TASK_TYPE)).endsWith("; did you mean 'Map'?");
        assertThat(enumMessage(engine, "\"s3 \"", "\"Map\"", CONNECTOR)).endsWith("; did you mean 'S3'?");
        assertThat(enumMessage(engine, "\"s\"", "\"Map\"", CONNECTOR)).endsWith("; did you mean 'S3'?");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aValueOfAnotherTypeGetsNoGuess(EngineKind engine) throws Exception {
        List<Violation> violations = validate(engine, "3", "\"Map\"");
        assertThat(violations).filteredOn(v -> v.pointer().equals(CONNECTOR)).isNotEmpty()
                .allSatisfy(v -> assertThat(v.message()).doesNotContain("did you mean"));
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void theS3SourceProjectionFindingIsAWarningOnly(EngineKind engine) throws Exception {
        List<Violation> violations = validate(engine, "\"S3\"", "\"Map\"");
        assertThat(violations).extracting(Violation::ruleId, Violation::severity, Violation::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "TASKS_NEED_PROJECTION_OR_MAP_ALL.s3-source", Severity.WARNING, "/tasks"));
    }

    private static String enumMessage(EngineKind engine, String connectorType, String taskType, String pointer)
            throws Exception {
        List<Violation> violations = validate(engine, connectorType, taskType);
        return violations.stream().filter(v -> v.ruleId().equals("schema.enum") && v.pointer().equals(pointer))
                .findFirst().map(Violation::message).orElseThrow(() -> new AssertionError(violations.toString()));
    }

    private static List<Violation> validate(EngineKind engine, String connectorType, String taskType) throws Exception {
        byte[] json = FLOW.formatted(connectorType, taskType).getBytes(StandardCharsets.UTF_8);
        return ContractValidator.forOperation("CreateFlow", engine).validate(json, "flow.json").violations();
    }
}
