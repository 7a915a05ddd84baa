package org.appflowcontracts.validator.format.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.InputFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ResourceSchemaCheckTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ResourceSchemaCheck CFN = ResourceSchemaCheck.of(InputFormat.CLOUDFORMATION,
            "AWS::AppFlow::Flow");
    private static final ResourceSchemaCheck TF = ResourceSchemaCheck.of(InputFormat.TERRAFORM_HCL,
            "aws_appflow_flow");
    private static final ResourceSchemaCheck AWSCC = ResourceSchemaCheck.of(InputFormat.TERRAFORM_JSON,
            "awscc_appflow_flow");

    static ObjectNode fixture(String name) {
        try (InputStream in = ResourceSchemaCheckTest.class.getResourceAsStream("/format/resource/" + name)) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> idsAndPointers(List<Violation> findings) {
        return findings.stream().map(v -> v.ruleId() + " " + v.pointer()).toList();
    }

    @Test
    void theDeployedExamplesPass() {
        assertThat(CFN.check(fixture("cloudformation-docs-salesforce-to-s3.properties.json"))).isEmpty();
        assertThat(TF.check(fixture("terraform-registry-example.body.json"))).isEmpty();
        assertThat(AWSCC.check(fixture("awscc-salesforce-to-s3.body.json"))).isEmpty();
    }

    @Test
    void aMisspeltMemberIsNamedWithTheLikelyIntent() {
        ObjectNode body = fixture("cloudformation-docs-salesforce-to-s3.properties.json");
        body.set("FlowNmae", body.remove("FlowName"));
        List<Violation> findings = CFN.check(body);
        assertThat(idsAndPointers(findings)).containsExactlyInAnyOrder("cfn.schema.additionalProperties /FlowNmae",
                "cfn.schema.required ");
        assertThat(findings).filteredOn(v -> v.pointer().equals("/FlowNmae")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("'FlowNmae'").contains("did you mean 'FlowName'"));
        assertThat(findings).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void cloudFormationRequiresTheBucketPrefixOfAnS3Source() {
        ObjectNode body = fixture("cloudformation-docs-salesforce-to-s3.properties.json");
        ObjectNode source = (ObjectNode) body.get("SourceFlowConfig");
        source.put("ConnectorType", "S3");
        source.set("SourceConnectorProperties", MAPPER.readTree("{\"S3\": {\"BucketName\": \"source-bucket\"}}"));
        List<Violation> findings = CFN.check(body);
        assertThat(idsAndPointers(findings))
                .containsExactly("cfn.schema.required /SourceFlowConfig/SourceConnectorProperties/S3");
        assertThat(findings.get(0).message()).isEqualTo("missing required member 'BucketPrefix'");
    }

    @Test
    void aBadEnumValueIsFlaggedWhereItIsWritten() {
        ObjectNode body = fixture("cloudformation-docs-salesforce-to-s3.properties.json");
        ((ObjectNode) body.get("Tasks").get(1)).put("TaskType", "MAP");
        List<Violation> findings = CFN.check(body);
        assertThat(idsAndPointers(findings)).containsExactly("cfn.schema.enum /Tasks/1/TaskType");
        assertThat(findings.get(0).message()).contains("did you mean 'Map'");
    }

    @Test
    void aBlockInTheWrongPlaceIsAnUnknownMemberThere() {
        ObjectNode body = fixture("terraform-registry-example.body.json");
        ObjectNode properties = (ObjectNode) body.at("/destination_flow_config/0/destination_connector_properties/0");
        ObjectNode s3 = (ObjectNode) properties.at("/s3/0");
        properties.set("s3_output_format_config", s3.remove("s3_output_format_config"));
        assertThat(idsAndPointers(TF.check(body))).containsExactly("tf.schema.additionalProperties"
                + " /destination_flow_config/0/destination_connector_properties/0/s3_output_format_config");
    }

    @Test
    void terraformCountsBlocksAndRequiresThem() {
        ObjectNode body = fixture("terraform-registry-example.body.json");
        ArrayNode sources = (ArrayNode) body.get("source_flow_config");
        sources.add(sources.get(0).deepCopy());
        body.remove("trigger_config");
        ((ObjectNode) body.at("/task/0")).remove("task_type");
        assertThat(idsAndPointers(TF.check(body))).containsExactlyInAnyOrder("tf.schema.maxItems /source_flow_config",
                "tf.schema.required ", "tf.schema.required /task/0");
    }

    @Test
    void aSalesforceDestinationMayNameItsDataTransferApi() {
        // The provider reads data_transfer_api in a Salesforce destination block too (since May 2025).
        ObjectNode body = fixture("terraform-registry-example.body.json");
        ObjectNode destination = (ObjectNode) body.at("/destination_flow_config/0");
        destination.put("connector_type", "Salesforce");
        destination.set("destination_connector_properties", MAPPER.readTree(
                "[{\"salesforce\": [{\"object\": \"Account\", \"data_transfer_api\": \"BULKV2\"}]}]"));
        assertThat(TF.check(body)).isEmpty();
        ((ObjectNode) body.at("/destination_flow_config/0/destination_connector_properties/0/salesforce/0"))
                .put("data_transfer_api", "BULK");
        assertThat(idsAndPointers(TF.check(body))).containsExactly("tf.schema.enum /destination_flow_config/0"
                + "/destination_connector_properties/0/salesforce/0/data_transfer_api");
    }

    @Test
    void metaArgumentsAreAcceptedAndComputedAttributesAreNot() {
        ObjectNode body = fixture("terraform-registry-example.body.json");
        body.put("count", 1);
        body.set("depends_on", MAPPER.readTree("[\"aws_s3_bucket_policy.example_source\"]"));
        body.set("lifecycle", MAPPER.readTree("[{\"prevent_destroy\": true, \"ignore_changes\": [\"tags\"]}]"));
        assertThat(TF.check(body)).isEmpty();
        body.put("arn", "arn:aws:appflow:us-east-1:123456789012:flow/example");
        assertThat(idsAndPointers(TF.check(body))).containsExactly("tf.schema.false /arn");
    }

    @Test
    void tagsAllIsOptionalAndComputedSoAGeneratedConfigurationMayWriteIt() {
        // terraform plan -generate-config-out writes tags_all (Optional + Computed in the provider), never arn
        ObjectNode body = fixture("terraform-registry-example.body.json");
        body.set("tags_all", MAPPER.readTree("{\"ManagedBy\": \"Terraform\"}"));
        assertThat(TF.check(body)).isEmpty();
        body.set("tags_all", MAPPER.readTree("{\"ManagedBy\": [\"Terraform\"]}"));
        assertThat(idsAndPointers(TF.check(body))).containsExactly("tf.schema.type /tags_all/ManagedBy");
    }

    @Test
    void scalarsAreAcceptedInTheFormsTheToolsConvert() {
        ObjectNode body = fixture("awscc-salesforce-to-s3.body.json");
        ObjectNode scheduled = (ObjectNode) body.at("/trigger_config/trigger_properties");
        scheduled.put("flow_error_deactivation_threshold", "7");
        assertThat(AWSCC.check(body)).isEmpty();
        scheduled.put("flow_error_deactivation_threshold", "seven");
        assertThat(idsAndPointers(AWSCC.check(body)))
                .containsExactly("tf.schema.pattern /trigger_config/trigger_properties/flow_error_deactivation_threshold");
        scheduled.put("flow_error_deactivation_threshold", 500);
        assertThat(idsAndPointers(AWSCC.check(body)))
                .containsExactly("tf.schema.maximum /trigger_config/trigger_properties/flow_error_deactivation_threshold");
    }

    @Test
    void onlyResourceTypesWithASchemaHaveACheck() {
        assertThat(ResourceSchemaCheck.find(InputFormat.TERRAFORM_HCL, "AWS::AppFlow::Flow")).isEmpty();
        assertThat(ResourceSchemaCheck.find(InputFormat.CLOUDFORMATION, "AWS::AppFlow::ConnectorProfile")).isEmpty();
        assertThatThrownBy(() -> ResourceSchemaCheck.of(InputFormat.API_BODY, "aws_appflow_flow"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aws_appflow_flow");
        assertThat(CFN.rulePrefix()).isEqualTo("cfn.schema.");
        assertThat(AWSCC.resourceType()).isEqualTo("awscc_appflow_flow");
        JsonNode notAnObject = MAPPER.readTree("[]");
        assertThat(idsAndPointers(TF.check(notAnObject))).containsExactly("tf.schema.type ");
    }
}
