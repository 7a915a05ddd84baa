package org.appflowcontracts.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.appflowcontracts.samples.appflow.ConnectorType;
import org.appflowcontracts.samples.appflow.CreateFlowRequest;
import org.appflowcontracts.samples.appflow.DescribeFlowExecutionRecordsResponse;
import org.appflowcontracts.samples.appflow.ExecutionResult;
import org.appflowcontracts.samples.appflow.TaskType;
import org.appflowcontracts.samples.appflow.WriteOperationType;
import org.appflowcontracts.samples.appflow.validation.CreateFlowRequestValidator;
import org.appflowcontracts.samples.appflow.validation.DescribeFlowExecutionRecordsResponseValidator;
import org.appflowcontracts.samples.appflow.validation.Finding;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class GeneratedModelTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
    }

    @Test
    void enumsCarryTheirWireValues() {
        assertThat(TaskType.MAP_ALL.value()).isEqualTo("Map_all");
        assertThat(TaskType.fromValue("Map_all")).isEqualTo(TaskType.MAP_ALL);
        assertThat(ConnectorType.GOOGLEANALYTICS.value()).isEqualTo("Googleanalytics");
        assertThat(ConnectorType.SAP_ODATA.value()).isEqualTo("SAPOData");
        assertThatThrownBy(() -> TaskType.fromValue("map")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void salesforceToS3BuiltWithBuildersIsValid() {
        CreateFlowRequest flow = Flows.salesforceToS3();
        JsonNode tree = MAPPER.valueToTree(flow);
        assertThat(tree.at("/sourceFlowConfig/connectorType").stringValue()).isEqualTo("Salesforce");
        assertThat(tree.at("/tasks/0/connectorOperator/Salesforce").stringValue()).isEqualTo("PROJECTION");
        assertThat(tree.has("kmsArn")).as("absent members are not written").isFalse();
        assertThat(errors(CreateFlowRequestValidator.validate(tree))).isEmpty();
    }

    @Test
    void salesforceUpsertCarriesIdFieldNames() {
        CreateFlowRequest flow = Flows.s3ToSalesforceUpsert();
        var salesforce = flow.destinationFlowConfigList().get(0).destinationConnectorProperties().salesforce();
        assertThat(salesforce.writeOperationType()).isEqualTo(WriteOperationType.UPSERT);
        assertThat(salesforce.idFieldNames()).containsExactly("ERP_Customer_Number__c");
        JsonNode tree = MAPPER.valueToTree(flow);
        assertThat(errors(CreateFlowRequestValidator.validate(tree))).isEmpty();

        // The same flow without idFieldNames breaks the UPSERT rule, found by the compiled validator.
        ObjectNode broken = (ObjectNode) tree.deepCopy();
        ((ObjectNode) broken.at("/destinationFlowConfigList/0/destinationConnectorProperties/Salesforce"))
                .remove("idFieldNames");
        assertThat(errors(CreateFlowRequestValidator.validate(broken)))
                .extracting(Finding::pointer)
                .allMatch(p -> p.startsWith("/destinationFlowConfigList/0"))
                .isNotEmpty();
    }

    @Test
    void sapODataWithPaginationAndParallelism() {
        CreateFlowRequest flow = Flows.sapODataToS3();
        JsonNode tree = MAPPER.valueToTree(flow);
        assertThat(tree.at("/sourceFlowConfig/sourceConnectorProperties/SAPOData/paginationConfig/maxPageSize").intValue())
                .isEqualTo(3000);
        assertThat(tree.at("/sourceFlowConfig/sourceConnectorProperties/SAPOData/parallelismConfig/maxParallelism").intValue())
                .isEqualTo(5);
        assertThat(errors(CreateFlowRequestValidator.validate(tree))).isEmpty();

        ObjectNode tooMany = (ObjectNode) tree.deepCopy();
        ((ObjectNode) tooMany.at("/sourceFlowConfig/sourceConnectorProperties/SAPOData/parallelismConfig"))
                .put("maxParallelism", 11);
        assertThat(errors(CreateFlowRequestValidator.validate(tooMany))).extracting(Finding::pointer)
                .contains("/sourceFlowConfig/sourceConnectorProperties/SAPOData/parallelismConfig/maxParallelism");
    }

    @Test
    void jsonToRecordToJsonIsLossless() {
        for (CreateFlowRequest flow : List.of(Flows.salesforceToS3(), Flows.s3ToSalesforceUpsert(), Flows.sapODataToS3())) {
            String json = MAPPER.writeValueAsString(flow);
            CreateFlowRequest read = MAPPER.readValue(json, CreateFlowRequest.class);
            assertThat(read).isEqualTo(flow);
            assertThat(MAPPER.readTree(MAPPER.writeValueAsString(read))).isEqualTo(MAPPER.readTree(json));
        }
    }

    @Test
    void recordsAreImmutableAndBuildersCopy() {
        CreateFlowRequest flow = Flows.salesforceToS3();
        assertThatThrownBy(() -> flow.tasks().clear()).isInstanceOf(UnsupportedOperationException.class);
        CreateFlowRequest renamed = flow.toBuilder().flowName("other").build();
        assertThat(renamed.flowName()).isEqualTo("other");
        assertThat(renamed.tasks()).isEqualTo(flow.tasks());
        assertThat(flow.flowName()).isEqualTo("sfdc-account-to-datalake");
    }

    @Test
    void readsExecutionRecordsWithParallelismAndPageSize() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/flows/describe-execution-records-response.json")) {
            JsonNode tree = MAPPER.readTree(in);
            DescribeFlowExecutionRecordsResponse response = MAPPER.treeToValue(tree, DescribeFlowExecutionRecordsResponse.class);
            ExecutionResult result = response.flowExecutions().get(0).executionResult();
            assertThat(result.numParallelProcesses()).isEqualTo(5L);
            assertThat(result.maxPageSize()).isEqualTo(3000L);
            assertThat(response.flowExecutions().get(0).startedAt()).isEqualTo(java.time.Instant.parse("2026-03-01T06:00:00Z"));
            assertThat(DescribeFlowExecutionRecordsResponseValidator.validate(tree)).isEmpty();
            assertThat(MAPPER.readTree(MAPPER.writeValueAsString(response))).isEqualTo(tree);
        }
    }
}
