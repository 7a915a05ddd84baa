package org.appflowcontracts.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;

import org.appflowcontracts.properties.gen.Contracts;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.ContractValidator;
import org.junit.jupiter.api.Test;

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

    @Test
    void referenceEngineSurvivesVeryLongPatternedString() {
        JsonNode flow = flowWithLongObjectName(EngineKind.REFERENCE);
        assertThatCode(() -> ContractValidator.forOperation("CreateFlow", EngineKind.REFERENCE).validate(flow))
                .doesNotThrowAnyException();
    }

    @Test
    void compiledEngineSurvivesVeryLongPatternedString() {
        JsonNode flow = flowWithLongObjectName(EngineKind.COMPILED);
        assertThatCode(() -> ContractValidator.forOperation("CreateFlow", EngineKind.COMPILED).validate(flow))
                .doesNotThrowAnyException();
    }

    @Test
    void veryLongPatternedStringIsReportedAsTooLongByBothEngines() {
        JsonNode flow = flowWithLongObjectName(null);
        assertThat(CREATE.compiledFindings(flow)).isEqualTo(CREATE.referenceFindings(flow));
        assertThat(CREATE.referenceFindings(flow)).extracting(Engines.Finding::ruleId).contains("schema.maxLength");
    }

    /** propertyNames failures point at the offending key's member (README reporting model), in both engines. */
    @Test
    void tagKeyFailurePointsAtTheKeyInBothEngines() {
        JsonNode flow = Contracts.JSON.readTree("{\"tags\":{\"aws:team\":\"data\"}}");
        assertThat(CREATE.compiledFindings(flow)).isEqualTo(CREATE.referenceFindings(flow));
        assertThat(CREATE.referenceFindings(flow)).contains(new Engines.Finding("TAG_KEY_VALUE_FORMAT", "/tags/aws:team", "ERROR"));
    }

    /**
     * A 2,048-character filter value is within the model's bound (Property: maxLength 2048) yet the model pattern
     * (an alternation under a loop) made java.util.regex recurse once per character.
     */
    @Test
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

    /** Type-level propertyNames failures also point at the key's member, not at the map. */
    @Test
    void taskPropertyKeyFailurePointsAtTheKeyInBothEngines() {
        JsonNode flow = Contracts.JSON.readTree("{\"tasks\":[{\"taskProperties\":{\"NOT_A_KEY\":\"1\"}}]}");
        assertThat(CREATE.compiledFindings(flow)).isEqualTo(CREATE.referenceFindings(flow));
        assertThat(CREATE.referenceFindings(flow))
                .contains(new Engines.Finding("schema.propertyNames", "/tasks/0/taskProperties/NOT_A_KEY", "ERROR"));
    }

    /** A number far beyond the 64-bit range where the contract bounds an integer (page size 1..10000). */
    @Test
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

    @Test
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
    @Test
    void tinyNegativeDecimalBelowMinimumIsJudgedAlikeByBothEngines() {
        ObjectNode flow = (ObjectNode) Contracts.JSON.readTree(
                "{\"triggerConfig\":{\"triggerProperties\":{\"Scheduled\":{}}}}");
        ((ObjectNode) flow.at("/triggerConfig/triggerProperties/Scheduled"))
                .put("scheduleOffset", new java.math.BigDecimal("-2.5e-400"));
        assertThat(CREATE.referenceFindings(flow)).isEqualTo(CREATE.compiledFindings(flow));
    }

    @Test
    void bytesOfLongStringNeverThrow() throws Exception {
        byte[] bytes = Contracts.JSON.writeValueAsString(flowWithLongObjectName(null)).getBytes(StandardCharsets.UTF_8);
        assertThatCode(() -> ContractValidator.forOperation("CreateFlow").validate(bytes, "flow.json"))
                .doesNotThrowAnyException();
    }

    private static final String MAX_PAGE_SIZE =
            "/sourceFlowConfig/sourceConnectorProperties/SAPOData/paginationConfig/maxPageSize";
    private static final String PAGE_SIZE_RULE = "SAPODATA_ODATA_PAGE_SIZE_MAX";

    /** Numbers beyond the 64-bit and double ranges, as trees built by callers: exact comparison, same findings. */
    @Test
    void hugeNumberNodesGiveTheSameBoundFindingsInBothEngines() {
        var nodes = Contracts.JSON.getNodeFactory();
        java.util.List<JsonNode> cases = java.util.List.of(nodes.numberNode(new java.math.BigDecimal("1E+400")),
                nodes.numberNode(new java.math.BigDecimal("-1E+400")), nodes.numberNode(java.math.BigInteger.TEN.pow(30)),
                nodes.numberNode(java.math.BigInteger.TEN.pow(30).negate()),
                nodes.numberNode(new java.math.BigDecimal("10000.5")));
        for (JsonNode c : cases) {
            ObjectNode flow = (ObjectNode) Contracts.JSON.readTree("""
                    {"sourceFlowConfig":{"connectorType":"SAPOData",
                      "sourceConnectorProperties":{"SAPOData":{"objectPath":"/sap/A_X","paginationConfig":{}}}}}
                    """);
            ((ObjectNode) flow.at("/sourceFlowConfig/sourceConnectorProperties/SAPOData/paginationConfig"))
                    .set("maxPageSize", c);
            assertThat(CREATE.compiledFindings(flow)).as(c.toString()).isEqualTo(CREATE.referenceFindings(flow));
            // the overlay rule for the page-size range stands for the bound finding at the member
            assertThat(CREATE.referenceFindings(flow)).as(c.toString())
                    .contains(new Engines.Finding(PAGE_SIZE_RULE, MAX_PAGE_SIZE, "ERROR"));
        }
    }

    /** From JSON text, 1e400 stays an exact number: a bound finding at the member, the same in both engines. */
    @Test
    void hugeNumberTextIsReportedAboveTheMaximumByBothEngines() throws Exception {
        byte[] bytes = """
                {"sourceFlowConfig":{"connectorType":"SAPOData",
                  "sourceConnectorProperties":{"SAPOData":{"objectPath":"/sap/A_X","paginationConfig":{"maxPageSize":1e400}}}}}
                """.getBytes(StandardCharsets.UTF_8);
        java.util.Set<Engines.Finding> compiled = Engines.findings(CREATE.compiled().validate(bytes, "flow.json"));
        java.util.Set<Engines.Finding> reference = Engines.findings(CREATE.reference().validate(bytes, "flow.json"));
        assertThat(compiled).isEqualTo(reference);
        assertThat(reference).contains(new Engines.Finding(PAGE_SIZE_RULE, MAX_PAGE_SIZE, "ERROR"));
    }

    /**
     * A string value whose overlay pattern keeps a repeated group (a JSON array of strings, one turn per entry):
     * far beyond the value's length bound, neither engine throws and both report the same findings.
     */
    @Test
    void veryLongJsonArrayValueNeverThrowsAndBothEnginesAgree() {
        ObjectNode flow = (ObjectNode) flowWithLongObjectName(null);
        ((ObjectNode) flow.at("/sourceFlowConfig/sourceConnectorProperties/Salesforce")).put("object", "Account");
        ((ObjectNode) flow.at("/tasks/0/taskProperties")).put("EXCLUDE_SOURCE_FIELDS_LIST",
                "[" + "\"a\",".repeat(100_000) + "\"a\"]");
        for (EngineKind engine : EngineKind.values()) {
            assertThatCode(() -> ContractValidator.forOperation("CreateFlow", engine).validate(flow))
                    .as(engine.name()).doesNotThrowAnyException();
        }
        assertThat(CREATE.compiledFindings(flow)).isEqualTo(CREATE.referenceFindings(flow));
        assertThat(CREATE.referenceFindings(flow)).extracting(Engines.Finding::ruleId).contains("MAP_ALL_TASK_SHAPE");
    }

    /**
     * A value far over its maxLength under a pattern that repeats a group (Glue database names): java.util.regex
     * runs out of stack on it, the reference engine counts it as not matching, and the compiled automaton must
     * give that verdict too (it hands long values to the regex); short values keep the automaton's verdict.
     */
    @Test
    void overlongValueUnderAGroupRepeatingPatternGetsTheSameFindingsInBothEngines() {
        for (int pairs : new int[] {100, 3_000, 50_000}) {
            ObjectNode flow = (ObjectNode) Contracts.JSON.readTree("""
                    {"metadataCatalogConfig":{"glueDataCatalog":{"roleArn":"arn:aws:iam::123456789012:role/glue",
                      "databaseName":"db","tablePrefix":"t"}}}
                    """);
            ((ObjectNode) flow.at("/metadataCatalogConfig/glueDataCatalog")).put("databaseName",
                    "\uD83D\uDE00".repeat(pairs));
            assertThat(CREATE.compiledFindings(flow)).as("%d pairs", pairs).isEqualTo(CREATE.referenceFindings(flow));
        }
    }

    /** A bounded integer member without an overlay rule: the schema's own bound finding, in both engines. */
    @Test
    void hugeNumberAtAPlainBoundedIntegerGetsTheSchemaBoundFinding() {
        var nodes = Contracts.JSON.getNodeFactory();
        java.util.Map<JsonNode, String> cases = new java.util.LinkedHashMap<>();
        cases.put(nodes.numberNode(new java.math.BigDecimal("1E+400")), "schema.maximum");
        cases.put(nodes.numberNode(new java.math.BigDecimal("-1E+400")), "schema.minimum");
        cases.put(nodes.numberNode(java.math.BigInteger.TEN.pow(30)), "schema.maximum");
        cases.put(nodes.numberNode(new java.math.BigDecimal("100.000")), null);
        for (java.util.Map.Entry<JsonNode, String> c : cases.entrySet()) {
            ObjectNode flow = (ObjectNode) Contracts.JSON.readTree("""
                    {"triggerConfig":{"triggerType":"Scheduled","triggerProperties":{"Scheduled":{
                      "scheduleExpression":"rate(1days)"}}}}
                    """);
            ((ObjectNode) flow.at("/triggerConfig/triggerProperties/Scheduled"))
                    .set("flowErrorDeactivationThreshold", c.getKey());
            String pointer = "/triggerConfig/triggerProperties/Scheduled/flowErrorDeactivationThreshold";
            assertThat(CREATE.compiledFindings(flow)).as(c.getKey().toString()).isEqualTo(CREATE.referenceFindings(flow));
            var atMember = assertThat(CREATE.referenceFindings(flow)).as(c.getKey().toString())
                    .filteredOn(f -> f.pointer().equals(pointer)).extracting(Engines.Finding::ruleId);
            if (c.getValue() == null) {
                atMember.isEmpty();
            } else {
                atMember.containsExactly(c.getValue());
            }
        }
    }
}
