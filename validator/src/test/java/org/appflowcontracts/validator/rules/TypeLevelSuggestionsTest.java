package org.appflowcontracts.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A misspelt map key or enum value names the allowed one it most likely meant, on both engines. */
class TypeLevelSuggestionsTest {

    private static final String FLOW = """
            {"flowName": "accounts-raw", "triggerConfig": {"triggerType": "OnDemand"},
             "sourceFlowConfig": {"connectorType": "Salesforce", "connectorProfileName": "salesforce-prod",
                                  "sourceConnectorProperties": {"Salesforce": {"object": "Account"}}},
             "destinationFlowConfigList": [{"connectorType": "S3",
                 "destinationConnectorProperties": {"S3": {"bucketName": "acme-raw"}}}],
             "tasks": [{"taskType": "Map_all", "sourceFields": [], "connectorOperator": {"Salesforce": "NO_OP"},
                        "taskProperties": {"%s": "[]"}}]}""";

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void misspeltTaskPropertyKeySuggestsTheClosestServiceKey(EngineKind engine) throws Exception {
        assertThat(keyMessage(engine, "EXCLUDE_SOURCE_FIELDS"))
                .isEqualTo("key 'EXCLUDE_SOURCE_FIELDS' is not allowed here; did you mean 'EXCLUDE_SOURCE_FIELDS_LIST'?");
        assertThat(keyMessage(engine, "include_new_fields"))
                .endsWith("did you mean 'INCLUDE_NEW_FIELDS'?");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aKeyCloseToNothingGetsNoGuess(EngineKind engine) throws Exception {
        assertThat(keyMessage(engine, "COLOUR")).isEqualTo("key 'COLOUR' is not allowed here");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void enumValueInTheWrongCaseOrCutShortSuggestsTheAllowedOne(EngineKind engine) throws Exception {
        assertThat(enumMessage(engine, "\"taskType\": \"Map_all\"", "\"taskType\": \"MAP_ALL\"", "/tasks/0/taskType"))
                .startsWith("must be one of Arithmetic, Filter, Map, Map_all,").endsWith("; did you mean 'Map_all'?");
        assertThat(enumMessage(engine, "\"bucketName\": \"acme-raw\"",
                "\"bucketName\": \"acme-raw\", \"s3OutputFormatConfig\": {\"fileType\": \"Parquet\", "
                        + "\"prefixConfig\": {\"prefixType\": \"PATH_AND_FILE\"}}",
                "/destinationFlowConfigList/0/destinationConnectorProperties/S3/s3OutputFormatConfig/fileType"))
                .isEqualTo("must be one of CSV, JSON, PARQUET; did you mean 'PARQUET'?");
        assertThat(enumMessage(engine, "\"bucketName\": \"acme-raw\"",
                "\"bucketName\": \"acme-raw\", \"s3OutputFormatConfig\": {\"prefixConfig\": {\"prefixType\": \"PATH_AND_FILE\"}}",
                "/destinationFlowConfigList/0/destinationConnectorProperties/S3/s3OutputFormatConfig/prefixConfig/prefixType"))
                .endsWith("; did you mean 'PATH_AND_FILENAME'?");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void enumValueCloseToNothingGetsNoGuess(EngineKind engine) throws Exception {
        assertThat(enumMessage(engine, "\"bucketName\": \"acme-raw\"",
                "\"bucketName\": \"acme-raw\", \"s3OutputFormatConfig\": {\"aggregationConfig\": {\"aggregationType\": \"MultipleFiles\"}}",
                "/destinationFlowConfigList/0/destinationConnectorProperties/S3/s3OutputFormatConfig/aggregationConfig/aggregationType"))
                .isEqualTo("must be one of None, SingleFile");
    }

    /** The message of the schema.enum violation at {@code pointer} once {@code from} is replaced by {@code to}. */
    private static String enumMessage(EngineKind engine, String from, String to, String pointer) throws Exception {
        String flow = FLOW.formatted("EXCLUDE_SOURCE_FIELDS_LIST");
        assertThat(flow).contains(from);
        byte[] json = flow.replace(from, to).getBytes(StandardCharsets.UTF_8);
        List<Violation> violations = ContractValidator.forOperation("CreateFlow", engine)
                .validate(json, "flow.json").violations();
        return violations.stream().filter(v -> v.ruleId().equals("schema.enum") && v.pointer().equals(pointer))
                .findFirst().map(Violation::message).orElseThrow(() -> new AssertionError(violations.toString()));
    }

    private static String keyMessage(EngineKind engine, String key) throws Exception {
        byte[] json = FLOW.formatted(key).getBytes(StandardCharsets.UTF_8);
        List<Violation> violations = ContractValidator.forOperation("CreateFlow", engine)
                .validate(json, "flow.json").violations();
        assertThat(violations).extracting(Violation::ruleId).containsExactly("schema.propertyNames");
        assertThat(violations.get(0).pointer()).isEqualTo("/tasks/0/taskProperties/" + key);
        return violations.get(0).message();
    }
}
