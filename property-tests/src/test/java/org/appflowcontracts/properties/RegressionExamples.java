package org.appflowcontracts.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;

import org.appflowcontracts.properties.gen.Contracts;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.ContractValidator;

import net.jqwik.api.Example;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Counterexamples the properties found, kept as fixed examples so they stay fixed. */
class RegressionExamples {

    private static final Engines CREATE = Engines.of("CreateFlow");

    /** A very long value for a member whose model pattern is an alternation under a loop. */
    private static JsonNode flowWithLongObjectName(EngineKind unused) {
        ObjectNode flow = (ObjectNode) Contracts.JSON.readTree("""
                {"flowName":"orders","triggerConfig":{"triggerType":"OnDemand"},
                 "sourceFlowConfig":{"connectorType":"Salesforce","connectorProfileName":"sf",
                   "sourceConnectorProperties":{"Salesforce":{"object":"Account"}}},
                 "destinationFlowConfigList":[{"connectorType":"S3",
                   "destinationConnectorProperties":{"S3":{"bucketName":"acme-exports"}}}],
                 "tasks":[{"taskType":"Map_all","sourceFields":[],"taskProperties":{}}]}
                """);
        ((ObjectNode) flow.at("/sourceFlowConfig/sourceConnectorProperties/Salesforce")).put("object", "x".repeat(20_000));
        return flow;
    }

    @Example
    void referenceEngineSurvivesVeryLongPatternedString() {
        JsonNode flow = flowWithLongObjectName(EngineKind.REFERENCE);
        assertThatCode(() -> ContractValidator.forOperation("CreateFlow", EngineKind.REFERENCE).validate(flow))
                .doesNotThrowAnyException();
    }

    @Example
    void compiledEngineSurvivesVeryLongPatternedString() {
        JsonNode flow = flowWithLongObjectName(EngineKind.COMPILED);
        assertThatCode(() -> ContractValidator.forOperation("CreateFlow", EngineKind.COMPILED).validate(flow))
                .doesNotThrowAnyException();
    }

    @Example
    void veryLongPatternedStringIsReportedAsTooLongByBothEngines() {
        JsonNode flow = flowWithLongObjectName(null);
        assertThat(CREATE.compiledFindings(flow)).isEqualTo(CREATE.referenceFindings(flow));
        assertThat(CREATE.referenceFindings(flow)).extracting(Engines.Finding::ruleId).contains("schema.maxLength");
    }

    /** propertyNames failures point at the map object (README reporting model), in both engines. */
    @Example
    void tagKeyFailurePointsAtTheTagMapInBothEngines() {
        JsonNode flow = Contracts.JSON.readTree("{\"tags\":{\"aws:team\":\"data\"}}");
        assertThat(CREATE.compiledFindings(flow)).isEqualTo(CREATE.referenceFindings(flow));
        assertThat(CREATE.referenceFindings(flow)).contains(new Engines.Finding("TAG_KEY_VALUE_FORMAT", "/tags", "ERROR"));
    }

    /**
     * A 2,048-character filter value is within the model's bound (Property: maxLength 2048) yet the model pattern
     * (an alternation under a loop) made java.util.regex recurse once per character.
     */
    @Example
    void validLengthFilterValueDoesNotOverflowEitherEngine() {
        ObjectNode flow = (ObjectNode) Contracts.JSON.readTree("""
                {"flowName":"orders","triggerConfig":{"triggerType":"OnDemand"},
                 "sourceFlowConfig":{"connectorType":"Salesforce","connectorProfileName":"sf",
                   "sourceConnectorProperties":{"Salesforce":{"object":"Account"}}},
                 "destinationFlowConfigList":[{"connectorType":"S3",
                   "destinationConnectorProperties":{"S3":{"bucketName":"acme-exports"}}}],
                 "tasks":[{"taskType":"Filter","sourceFields":["Name"],"connectorOperator":{"Salesforce":"PROJECTION"}},
                   {"taskType":"Filter","sourceFields":["Name"],"connectorOperator":{"Salesforce":"EQUAL_TO"},
                    "taskProperties":{"DATA_TYPE":"string","VALUE":"x"}},
                   {"taskType":"Map","sourceFields":["Name"],"destinationField":"Name",
                    "connectorOperator":{"Salesforce":"NO_OP"}}]}
                """);
        ((ObjectNode) flow.at("/tasks/1/taskProperties")).put("VALUE", "n".repeat(2_048));
        for (EngineKind engine : EngineKind.values()) {
            assertThatCode(() -> assertThat(ContractValidator.forOperation("CreateFlow", engine).validate(flow)
                    .violations()).isEmpty()).as(engine.name()).doesNotThrowAnyException();
        }
    }

    /** Type-level propertyNames failures also point at the map object, not at the key. */
    @Example
    void taskPropertyKeyFailurePointsAtTheMapInBothEngines() {
        JsonNode flow = Contracts.JSON.readTree("{\"tasks\":[{\"taskProperties\":{\"NOT_A_KEY\":\"1\"}}]}");
        assertThat(CREATE.compiledFindings(flow)).isEqualTo(CREATE.referenceFindings(flow));
        assertThat(CREATE.referenceFindings(flow))
                .contains(new Engines.Finding("schema.propertyNames", "/tasks/0/taskProperties", "ERROR"));
    }

    /** A number far beyond the 64-bit range where the contract bounds an integer (page size 1..10000). */
    @Example
    void hugeNumberAtABoundedIntegerIsAFindingNotACrash() {
        ObjectNode flow = (ObjectNode) Contracts.JSON.readTree("""
                {"sourceFlowConfig":{"connectorType":"SAPOData",
                  "sourceConnectorProperties":{"SAPOData":{"objectPath":"/sap/A_X","paginationConfig":{}}}}}
                """);
        ((ObjectNode) flow.at("/sourceFlowConfig/sourceConnectorProperties/SAPOData/paginationConfig"))
                .put("maxPageSize", new java.math.BigDecimal("1e400"));
        for (EngineKind engine : EngineKind.values()) {
            assertThatCode(() -> ContractValidator.forOperation("CreateFlow", engine).validate(flow))
                    .as(engine.name()).doesNotThrowAnyException();
        }
        assertThat(CREATE.compiledFindings(flow)).isEqualTo(CREATE.referenceFindings(flow));
    }

    @Example
    void hugeNumberInBytesIsAFindingNotACrash() {
        byte[] bytes = """
                {"sourceFlowConfig":{"connectorType":"SAPOData",
                  "sourceConnectorProperties":{"SAPOData":{"objectPath":"/sap/A_X","paginationConfig":{"maxPageSize":1e400}}}}}
                """.getBytes(StandardCharsets.UTF_8);
        for (EngineKind engine : EngineKind.values()) {
            assertThatCode(() -> {
                try {
                    ContractValidator.forOperation("CreateFlow", engine).validate(bytes, "flow.json");
                } catch (org.appflowcontracts.validator.InputException e) {
                    assertThat(e.line()).isPositive();
                }
            }).as(engine.name()).doesNotThrowAnyException();
        }
    }

    /**
     * -2.5e-400 is below {@code minimum: 0} (scheduleOffset). The compiled validator reports it; the reference
     * engine compares through a 64-bit double and sees -0.0. Both must report the same findings.
     */
    @Example
    void tinyNegativeDecimalBelowMinimumIsJudgedAlikeByBothEngines() {
        ObjectNode flow = (ObjectNode) Contracts.JSON.readTree(
                "{\"triggerConfig\":{\"triggerProperties\":{\"Scheduled\":{}}}}");
        ((ObjectNode) flow.at("/triggerConfig/triggerProperties/Scheduled"))
                .put("scheduleOffset", new java.math.BigDecimal("-2.5e-400"));
        assertThat(CREATE.referenceFindings(flow)).isEqualTo(CREATE.compiledFindings(flow));
    }

    @Example
    void bytesOfLongStringNeverThrow() throws Exception {
        byte[] bytes = Contracts.JSON.writeValueAsString(flowWithLongObjectName(null)).getBytes(StandardCharsets.UTF_8);
        assertThatCode(() -> ContractValidator.forOperation("CreateFlow").validate(bytes, "flow.json"))
                .doesNotThrowAnyException();
    }
}
