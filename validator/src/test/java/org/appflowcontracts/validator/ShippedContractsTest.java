package org.appflowcontracts.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.appflowcontracts.validator.contracts.DocumentKind;
import org.appflowcontracts.validator.contracts.OperationCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public API over the shipped schemas and overlays, with the reference engine. */
class ShippedContractsTest {

    private static final String FLOW_JSON = """
            {
              "flowName": "orders-to-s3",
              "triggerConfig": {"triggerType": "OnDemand"},
              "sourceFlowConfig": {
                "connectorType": "S3",
                "sourceConnectorProperties": {"S3": {"bucketName": "source-bucket", "bucketPrefix": "orders"}}
              },
              "destinationFlowConfigList": [{
                "connectorType": "S3",
                "destinationConnectorProperties": {"S3": {"bucketName": "target-bucket"}}
              }],
              "tasks": [{"taskType": "Map_all", "sourceFields": [], "taskProperties": {}, "connectorOperator": {"S3": "NO_OP"}}]
            }
            """;

    private static ContractValidator createFlow() {
        return ContractValidator.forOperation("CreateFlow", EngineKind.REFERENCE);
    }

    @Test
    void everyRequestAndResponseSchemaLoads() {
        List<DocumentKind> kinds = OperationCatalog.shipped().documentKinds();
        assertThat(kinds).hasSize(50);
        for (DocumentKind kind : kinds) {
            ValidationReport report = ContractValidator.forOperation(kind.name(), EngineKind.REFERENCE)
                    .validate(JsonMapper.builder().build().createObjectNode());
            assertThat(report.operation()).isEqualTo(kind.name());
        }
    }

    @Test
    void requestsUseTheirContractWhenThereIsOne() {
        assertThat(OperationCatalog.shipped().resolve("CreateFlow").orElseThrow().schemaIri())
                .endsWith("/CreateFlowRequest.contract.schema.json");
        assertThat(OperationCatalog.shipped().resolve("StartFlow").orElseThrow().schemaIri())
                .endsWith("/StartFlowRequest.schema.json");
        assertThat(OperationCatalog.shipped().resolve("DescribeFlowResponse").orElseThrow().schemaIri())
                .endsWith("/DescribeFlowResponse.schema.json");
    }

    @Test
    void workingFlowPassesAsJsonAndAsYaml() throws Exception {
        ValidationReport json = createFlow().validate(FLOW_JSON.getBytes(StandardCharsets.UTF_8), "flow.json");
        assertThat(json.hasErrors()).as("%s", json.violations()).isFalse();
        assertThat(json.operation()).isEqualTo("CreateFlow");
        String yaml = """
                flowName: orders-to-s3
                triggerConfig:
                  triggerType: OnDemand
                sourceFlowConfig:
                  connectorType: S3
                  sourceConnectorProperties:
                    S3: {bucketName: source-bucket, bucketPrefix: orders}
                destinationFlowConfigList:
                  - connectorType: S3
                    destinationConnectorProperties:
                      S3: {bucketName: target-bucket}
                tasks:
                  - taskType: Map_all
                    sourceFields: []
                    taskProperties: {}
                    connectorOperator: {S3: NO_OP}
                """;
        ValidationReport fromYaml = createFlow().validate(yaml.getBytes(StandardCharsets.UTF_8), "flow.yaml");
        assertThat(fromYaml.violations()).isEqualTo(json.violations());
    }

    @Test
    void typeErrorsAreLocatedInTheSource() throws Exception {
        String broken = FLOW_JSON.replace("\"OnDemand\"", "\"Sometimes\"");
        ValidationReport report = createFlow().validate(broken.getBytes(StandardCharsets.UTF_8), "flow.json");
        assertThat(report.violations()).anySatisfy(v -> {
            assertThat(v.ruleId()).isEqualTo("schema.enum");
            assertThat(v.pointer()).isEqualTo("/triggerConfig/triggerType");
            assertThat(v.line()).isEqualTo(3);
            assertThat(v.column()).isEqualTo(21);
            assertThat(v.message()).contains("OnDemand");
        });
    }

    @Test
    void unknownTopLevelMemberIsReportedAtTheMember() throws Exception {
        String extra = FLOW_JSON.replace("\"flowName\"", "\"flowNmae\": \"x\",\n  \"flowName\"");
        ValidationReport report = createFlow().validate(extra.getBytes(StandardCharsets.UTF_8), "flow.json");
        assertThat(report.violations()).anySatisfy(v -> {
            assertThat(v.ruleId()).isEqualTo("schema.additionalProperties");
            assertThat(v.pointer()).isEqualTo("/flowNmae");
            assertThat(v.line()).isEqualTo(2);
        });
    }

    @Test
    void treeWithoutPositionsIsValidatedWithLineZero() {
        JsonNode tree = JsonMapper.builder().build().readTree(FLOW_JSON.replace("\"Map_all\"", "\"Teleport\""));
        ValidationReport report = createFlow().validate(tree);
        assertThat(report.violations()).isNotEmpty().allSatisfy(v -> {
            assertThat(v.line()).isZero();
            assertThat(v.column()).isZero();
        });
    }

    @Test
    void fileIsReadAndMalformedContentIsALocatedInputException(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("flow.json"), FLOW_JSON);
        assertThat(createFlow().validate(good).hasErrors()).isFalse();
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "flowName: a\ntasks: [\n");
        assertThatThrownBy(() -> createFlow().validate(bad)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).line()).isPositive());
        assertThatThrownBy(() -> createFlow().validate(dir.resolve("missing.json")))
                .isInstanceOf(InputException.class).hasMessageContaining("cannot read");
    }

    @Test
    void responsesAreValidatedAgainstTheirOutputShape() throws Exception {
        ValidationReport report = ContractValidator.forOperation("DescribeFlowExecutionRecordsResponse")
                .validate("{\"flowExecutions\": [{\"executionId\": \"e1\", \"executionStatus\": \"Successful\"}]}"
                        .getBytes(StandardCharsets.UTF_8), "records.json");
        assertThat(report.violations()).isEmpty();
        ValidationReport wrong = ContractValidator.forOperation("DescribeFlowExecutionRecordsResponse")
                .validate("{\"flowExecutions\": [{\"executionStatus\": \"Sideways\"}]}"
                        .getBytes(StandardCharsets.UTF_8), "records.json");
        assertThat(wrong.violations()).extracting(Violation::ruleId, Violation::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("schema.enum", "/flowExecutions/0/executionStatus"));
    }

    @Test
    void defaultEngineIsTheCompiledOne() {
        ContractValidator validator = ContractValidator.forOperation("CreateFlow");
        assertThat(validator.engineKind()).isEqualTo(EngineKind.COMPILED);
        assertThat(validator.operation()).isEqualTo("CreateFlow");
    }
}
