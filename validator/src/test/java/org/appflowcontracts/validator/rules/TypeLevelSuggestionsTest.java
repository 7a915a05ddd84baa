package org.appflowcontracts.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A misspelt map key names the allowed key it most likely meant, on both engines. */
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

    private static String keyMessage(EngineKind engine, String key) throws Exception {
        byte[] json = FLOW.formatted(key).getBytes(StandardCharsets.UTF_8);
        List<Violation> violations = ContractValidator.forOperation("CreateFlow", engine)
                .validate(json, "flow.json").violations();
        assertThat(violations).extracting(Violation::ruleId).containsExactly("schema.propertyNames");
        assertThat(violations.get(0).pointer()).isEqualTo("/tasks/0/taskProperties");
        return violations.get(0).message();
    }
}
