package org.appflowcontracts.benchmarks;

import java.nio.charset.StandardCharsets;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.cloudformation.CloudFormationAdapter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The 30-task SAP OData → S3 flow of {@link FlowInputs}, written as users commit it: an
 * {@code AWS::AppFlow::Flow} resource of a CloudFormation YAML template (with a parameter reference, as real
 * templates have) and an {@code aws_appflow_flow} resource of a Terraform file. The same flow as an API body is
 * {@code FlowInputs.createFlow(30, ...)}. Each syntax has its API-body baseline written in the same style.
 */
final class TemplateInputs {

    static final int TASKS = 30;

    private TemplateInputs() {}

    static byte[] cloudFormationYaml() {
        StringBuilder y = new StringBuilder();
        y.append("AWSTemplateFormatVersion: '2010-09-09'\n")
                .append("Parameters:\n  LandingBucket:\n    Type: String\n")
                .append("Resources:\n  LandingBucketPolicy:\n    Type: AWS::S3::BucketPolicy\n")
                .append("    Properties:\n      Bucket: !Ref LandingBucket\n      PolicyDocument: {}\n")
                .append("  SalesOrders:\n    Type: AWS::AppFlow::Flow\n    Properties:\n")
                .append("      FlowName: bench-30-tasks\n")
                .append("      TriggerConfig:\n        TriggerType: OnDemand\n")
                .append("      SourceFlowConfig:\n        ConnectorType: SAPOData\n")
                .append("        ConnectorProfileName: profile-sapodata\n")
                .append("        SourceConnectorProperties:\n          SAPOData:\n")
                .append("            ObjectPath: /sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder\n")
                .append("            paginationConfig:\n              maxPageSize: 3000\n")
                .append("            parallelismConfig:\n              maxParallelism: 5\n")
                .append("      DestinationFlowConfigList:\n        - ConnectorType: S3\n")
                .append("          DestinationConnectorProperties:\n            S3:\n")
                .append("              BucketName: !Ref LandingBucket\n              BucketPrefix: bench\n")
                .append("              S3OutputFormatConfig:\n                FileType: PARQUET\n")
                .append("                AggregationConfig:\n                  AggregationType: None\n")
                .append("      Tasks:\n        - TaskType: Filter\n          SourceFields:\n");
        for (int i = 1; i < TASKS; i++) {
            y.append("            - Field").append(i).append('\n');
        }
        y.append("          ConnectorOperator:\n            SAPOData: PROJECTION\n");
        for (int i = 1; i < TASKS; i++) {
            y.append("        - TaskType: Map\n          SourceFields: [Field").append(i).append("]\n")
                    .append("          DestinationField: Field").append(i).append('\n')
                    .append("          ConnectorOperator:\n            SAPOData: NO_OP\n")
                    .append("          TaskProperties:\n")
                    .append("            - Key: SOURCE_DATA_TYPE\n              Value: string\n")
                    .append("            - Key: DESTINATION_DATA_TYPE\n              Value: string\n");
        }
        return y.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The YAML template as a JSON template (compact, as the JSON API body is): {@code !Ref x} is {@code {"Ref": "x"}}. */
    static byte[] cloudFormationJson() throws InputException {
        return JsonMapper.builder().build().writeValueAsBytes(
                CloudFormationAdapter.parse(cloudFormationYaml(), "stack.yaml").root());
    }

    /**
     * The API body in YAML as Jackson writes it by default: every string double-quoted, which YAML reads without
     * guessing its type.
     */
    static byte[] apiBodyYamlQuoted(byte[] apiBodyJson) {
        return YAMLMapper.builder().build().writeValueAsBytes(JsonMapper.builder().build().readTree(apiBodyJson));
    }

    /**
     * The API body in YAML as people write it and as the template writes the same values: plain scalars, list items
     * indented under their key.
     */
    static byte[] apiBodyYamlPlain(byte[] apiBodyJson) {
        return YAMLMapper.builder().enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR).disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .build().writeValueAsBytes(JsonMapper.builder().build().readTree(apiBodyJson));
    }

    static byte[] terraform() {
        StringBuilder t = new StringBuilder();
        t.append("variable \"landing_bucket\" {\n  type = string\n}\n\n")
                .append("resource \"aws_appflow_flow\" \"sales_orders\" {\n  name = \"bench-30-tasks\"\n\n")
                .append("  trigger_config {\n    trigger_type = \"OnDemand\"\n  }\n\n")
                .append("  source_flow_config {\n    connector_type         = \"SAPOData\"\n")
                .append("    connector_profile_name = \"profile-sapodata\"\n")
                .append("    source_connector_properties {\n      sapo_data {\n")
                .append("        object_path = \"/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder\"\n")
                .append("        pagination_config {\n          max_page_size = 3000\n        }\n")
                .append("        parallelism_config {\n          max_parallelism = 5\n        }\n")
                .append("      }\n    }\n  }\n\n")
                .append("  destination_flow_config {\n    connector_type = \"S3\"\n")
                .append("    destination_connector_properties {\n      s3 {\n")
                .append("        bucket_name   = var.landing_bucket\n        bucket_prefix = \"bench\"\n")
                .append("        s3_output_format_config {\n          file_type = \"PARQUET\"\n")
                .append("          aggregation_config {\n            aggregation_type = \"None\"\n          }\n")
                .append("        }\n      }\n    }\n  }\n\n")
                .append("  task {\n    task_type     = \"Filter\"\n    source_fields = [");
        for (int i = 1; i < TASKS; i++) {
            t.append(i > 1 ? ", " : "").append("\"Field").append(i).append('"');
        }
        t.append("]\n    connector_operator {\n      sapo_data = \"PROJECTION\"\n    }\n  }\n");
        for (int i = 1; i < TASKS; i++) {
            t.append("\n  task {\n    task_type         = \"Map\"\n")
                    .append("    source_fields     = [\"Field").append(i).append("\"]\n")
                    .append("    destination_field = \"Field").append(i).append("\"\n")
                    .append("    connector_operator {\n      sapo_data = \"NO_OP\"\n    }\n")
                    .append("    task_properties = {\n      SOURCE_DATA_TYPE      = \"string\"\n")
                    .append("      DESTINATION_DATA_TYPE = \"string\"\n    }\n  }\n");
        }
        return t.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
