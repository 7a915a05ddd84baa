package org.appflowcontracts.validator.format.seeded;

import static org.appflowcontracts.validator.Severity.ERROR;
import static org.appflowcontracts.validator.Severity.WARNING;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.BAD_PATTERN;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.ENUM_TYPO;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.FOREIGN_OPERATOR;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.MISSPELT_NAME;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.NUMBER_ABOVE_BOUND;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.REQUIRED_REMOVED;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.SCHEDULE_WITHOUT_EXPRESSION;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.TASK_PROPERTY_KEY_TYPO;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.UPSERT_WITHOUT_ID_FIELDS;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.WRONG_NESTING;
import static org.appflowcontracts.validator.format.seeded.Seed.in;

import java.util.List;
import java.util.stream.Stream;

/** Mistakes planted in Terraform files of the corpus, for the aws and the awscc provider. */
final class TerraformSeeds {

    private static final String BASIC = "templates/terraform/acc-basic.tf";
    private static final String BASIC_FLOW = "aws_appflow_flow.test";
    /** The Map-only S3 flow's warning, at its first task, in the untouched file. */
    private static final String S3_MAP_ONLY = "TASKS_NEED_PROJECTION_OR_MAP_ALL.s3-source";
    private static final String TASKS = "templates/terraform/acc-multiple-tasks.tf";
    private static final String SALESFORCE = "templates/terraform/aws-samples-amazon-appflow-salesforce-to-s3.tf";
    private static final String SALESFORCE_FLOW = "aws_appflow_flow.test_flow";
    private static final String SERVICENOW = "templates/terraform/snowfall-servicenow-incident-intraday-filter.tf";
    private static final String SERVICENOW_FLOW = "aws_appflow_flow.incidents_intraday_flow";
    private static final String CMK = "templates/terraform/checkov-appflow-uses-cmk.tf";
    private static final String AWSCC = "templates/terraform/awscc-registry-example.tf";
    private static final String AWSCC_FLOW = "awscc_appflow_flow.example";
    private static final String AWSCC_MAP = "templates/terraform/hashicorp-learn-cloud-control-awscc-map-only.tf";
    private static final String AWSCC_MAP_FLOW = "awscc_appflow_flow.flow";

    private TerraformSeeds() {
    }

    static List<Seed> seeds() {
        return Stream.of(acceptanceFlow(), nestingTasksAndSalesforce(), serviceNowKmsAndAwscc(), awsccAndOffsets())
                .flatMap(List::stream).toList();
    }

    private static List<Seed> acceptanceFlow() {
        return List.of(
                // With no Map task left, the Map-only warning has nothing to warn about.
                in(BASIC, ENUM_TYPO, "task type MAP")
                        .replace("task_type         = \"Map\"", "task_type         = \"MAP\"")
                        .expect(ERROR, "schema.enum", BASIC_FLOW + ".task[0].task_type").atEdit("task_type")
                        .mentioning("'Map'").gone(S3_MAP_ONLY, 102).build(),
                in(BASIC, ENUM_TYPO, "trigger type Schedule")
                        .replace("trigger_type = \"Scheduled\"", "trigger_type = \"Schedule\"")
                        .expect(ERROR, "schema.enum", BASIC_FLOW + ".trigger_config[0].trigger_type")
                        .atEdit("trigger_type").mentioning("'Scheduled'").build(),
                in(BASIC, ENUM_TYPO, "destination connector type S3 in lower case")
                        .replace("connector_type = \"S3\"\n    destination", "connector_type = \"s3\"\n    destination")
                        .expect(ERROR, "schema.enum", BASIC_FLOW + ".destination_flow_config[0].connector_type")
                        .atEdit("connector_type").mentioning("'S3'").build(),
                in(BASIC, ENUM_TYPO, "data pull mode Incremantal")
                        .replace("data_pull_mode      = \"Incremental\"", "data_pull_mode      = \"Incremantal\"")
                        .expect(ERROR, "schema.enum",
                                BASIC_FLOW + ".trigger_config[0].trigger_properties[0].scheduled[0].data_pull_mode")
                        .atEdit("data_pull_mode").mentioning("'Incremental'").build(),
                in(BASIC, MISSPELT_NAME, "destination_feild")
                        .replace("destination_field = \"testField\"", "destination_feild = \"testField\"")
                        .expect(WARNING, "tf.schema.additionalProperties", BASIC_FLOW + ".task[0].destination_feild")
                        .atEdit("destination_feild").mentioning("'destination_field'")
                        .expect(WARNING, "MAP_TASK_SHAPE.destination-field", BASIC_FLOW + ".task[0]")
                        .above("task {").mentioning("destination_field").build(),
                in(BASIC, REQUIRED_REMOVED, "the flow name").remove("  name = \"tf-acc-test-flow\"\n")
                        .expect(ERROR, "schema.required", BASIC_FLOW).above("\"test\"").mentioning("'name'").build(),
                in(BASIC, BAD_PATTERN, "flow name with spaces")
                        .replace("name = \"tf-acc-test-flow\"", "name = \"tf acc test flow\"")
                        .expect(ERROR, "FLOW_NAME_FORMAT", BASIC_FLOW + ".name").atEdit("name").build(),
                in(BASIC, SCHEDULE_WITHOUT_EXPRESSION, "no schedule_expression")
                        .remove("        schedule_expression = \"rate(3hours)\"\n")
                        .expect(ERROR, "schema.required",
                                BASIC_FLOW + ".trigger_config[0].trigger_properties[0].scheduled[0]")
                        .above("scheduled {").mentioning("'schedule_expression'").build());
    }

    private static List<Seed> nestingTasksAndSalesforce() {
        return List.of(
                in(BASIC, WRONG_NESTING, "an output format under the S3 source").replace(
                        "        bucket_prefix = \"flow\"\n",
                        "        bucket_prefix = \"flow\"\n        s3_output_format_config {\n          prefix_config {\n"
                                + "            prefix_type = \"PATH\"\n          }\n        }\n")
                        .expect(WARNING, "tf.schema.additionalProperties", BASIC_FLOW
                                + ".source_flow_config[0].source_connector_properties[0].s3[0].s3_output_format_config")
                        .atEdit("s3_output_format_config").mentioning("'s3_input_format_config'").build(),
                in(BASIC, UPSERT_WITHOUT_ID_FIELDS, "a Salesforce UPSERT destination without id_field_names").replace(
                        "    connector_type = \"S3\"\n    destination_connector_properties {\n      s3 {\n"
                                + "        bucket_name = aws_s3_bucket_policy.test_destination.bucket\n",
                        "    connector_type = \"Salesforce\"\n    connector_profile_name = \"salesforce\"\n"
                                + "    destination_connector_properties {\n      salesforce {\n"
                                + "        object               = \"Account\"\n"
                                + "        write_operation_type = \"UPSERT\"\n      }\n      s3 {\n"
                                + "        bucket_name = aws_s3_bucket_policy.test_destination.bucket\n")
                        .expect(ERROR, "DEST_WRITE_OP_NEEDS_ID_FIELDS", BASIC_FLOW
                                + ".destination_flow_config[0].destination_connector_properties[0].salesforce[0]")
                        .atEdit("salesforce {").mentioning("id_field_names", "write_operation_type")
                        .expect(ERROR, "DEST_PROPERTIES_KEY_MATCH", BASIC_FLOW
                                + ".destination_flow_config[0].destination_connector_properties[0].s3[0]")
                        .atEdit("s3 {").build(),
                in(TASKS, FOREIGN_OPERATOR, "CONTAINS, a Salesforce filter, on S3").replace("  trigger_config {",
                        "  task {\n    source_fields = [\"testField\"]\n    connector_operator {\n"
                                + "      s3 = \"CONTAINS\"\n    }\n    task_type = \"Filter\"\n    task_properties = {\n"
                                + "      \"DATA_TYPE\" = \"string\"\n      \"VALUE\"     = \"test\"\n    }\n  }\n\n"
                                + "  trigger_config {")
                        .expect(ERROR, "CONNECTOR_OPERATOR_WHITELIST.s3",
                                "aws_appflow_flow.test.task[3].connector_operator[0].s3")
                        .atEdit("s3 = \"CONTAINS\"").build(),
                in(TASKS, TASK_PROPERTY_KEY_TYPO, "DESTINATION_DATATYPE")
                        .replace("\"DESTINATION_DATA_TYPE\" = \"id\"", "\"DESTINATION_DATATYPE\" = \"id\"")
                        .expect(ERROR, "schema.propertyNames",
                                "aws_appflow_flow.test.task[2].task_properties[\"DESTINATION_DATATYPE\"]")
                        .atEdit("\"DESTINATION_DATATYPE\"")
                        .mentioning("'DESTINATION_DATA_TYPE'").build(),
                in(SALESFORCE, ENUM_TYPO, "Salesforce data_transfer_api BULK").replace(
                        "        object                      = \"Account\"\n",
                        "        object                      = \"Account\"\n        data_transfer_api           = \"BULK\"\n")
                        .expect(ERROR, "schema.enum", SALESFORCE_FLOW
                                + ".source_flow_config[0].source_connector_properties[0].salesforce[0].data_transfer_api")
                        .atEdit("data_transfer_api").mentioning("BULKV2").build(),
                in(SALESFORCE, REQUIRED_REMOVED, "the destination").replace(
                        "  destination_flow_config {\n    connector_type = \"S3\"\n",
                        "  destination_flow_configs {\n    connector_type = \"S3\"\n")
                        .expect(ERROR, "schema.required", SALESFORCE_FLOW).above("\"test_flow\"")
                        .mentioning("destination_flow_config")
                        .expect(WARNING, "tf.schema.additionalProperties",
                                SALESFORCE_FLOW + ".destination_flow_configs")
                        .atEdit("destination_flow_configs").build(),
                in(SALESFORCE, MISSPELT_NAME, "source_field in the singular")
                        .replace("    source_fields = [\n      \"AccountNumber\",",
                                "    source_field = [\n      \"AccountNumber\",")
                        .expect(WARNING, "tf.schema.additionalProperties", SALESFORCE_FLOW + ".task[0].source_field")
                        .atEdit("source_field").mentioning("'source_fields'")
                        // The provider sends a task without source_fields as an empty list.
                        .expect(ERROR, "MAP_TASK_SHAPE", SALESFORCE_FLOW + ".task[0]").above("task {").build(),
                in(SERVICENOW, FOREIGN_OPERATOR, "ServiceNow filter keyed to S3").replace(
                        "      service_now = \"GREATER_THAN_OR_EQUAL_TO\"", "      s3 = \"GREATER_THAN_OR_EQUAL_TO\"")
                        .expect(WARNING, "CONNECTOR_OPERATOR_KEY_IS_SOURCE",
                                SERVICENOW_FLOW + ".task[0].connector_operator[0].s3").atEdit("s3").build());
    }

    private static List<Seed> serviceNowKmsAndAwscc() {
        return List.of(
                in(SERVICENOW, MISSPELT_NAME, "servicenow for the service_now block").replace(
                        "        service_now {\n          object", "        servicenow {\n          object")
                        .expect(WARNING, "tf.schema.additionalProperties", SERVICENOW_FLOW
                                + ".source_flow_config[0].source_connector_properties[0].servicenow")
                        .atEdit("servicenow").mentioning("'service_now'")
                        .expect(ERROR, "SOURCE_PROPERTIES_KEY_MATCH",
                                SERVICENOW_FLOW + ".source_flow_config[0].source_connector_properties[0]")
                        .above("source_connector_properties").mentioning("'service_now'").build(),
                in(SERVICENOW, ENUM_TYPO, "prefix format DAILY")
                        .replace("prefix_format = \"DAY\"", "prefix_format = \"DAILY\"")
                        .expect(ERROR, "schema.enum", SERVICENOW_FLOW + ".destination_flow_config[0]"
                                + ".destination_connector_properties[0].s3[0].s3_output_format_config[0].prefix_config[0]"
                                + ".prefix_format").atEdit("prefix_format").mentioning("'DAY'").build(),
                in(TASKS, WRONG_NESTING, "connector_operator outside its task").replace(
                        "  trigger_config {\n    trigger_type = \"OnDemand\"\n  }",
                        "  trigger_config {\n    trigger_type = \"OnDemand\"\n  }\n\n  connector_operator {\n"
                                + "    s3 = \"NO_OP\"\n  }")
                        .expect(WARNING, "tf.schema.additionalProperties", "aws_appflow_flow.test.connector_operator")
                        .atEdit("connector_operator").build(),
                in(SERVICENOW, BAD_PATTERN, "a bucket name in upper case").replace(
                        "bucket_name = var.landing_bucket_name", "bucket_name = \"UK-SNowFall-Landing\"")
                        .expect(WARNING, "S3_BUCKET_NAMING", SERVICENOW_FLOW
                                + ".destination_flow_config[0].destination_connector_properties[0].s3[0].bucket_name")
                        .atEdit("bucket_name").build(),
                in(CMK, BAD_PATTERN, "a KMS alias as kms_arn")
                        .replace("kms_arn = aws_kms_key.example.arn", "kms_arn = \"alias/aws/appflow\"")
                        .expect(ERROR, "schema.pattern", "aws_appflow_flow.pass.kms_arn").atEdit("kms_arn")
                        .mentioning("alias/aws/appflow").build(),
                in(AWSCC, ENUM_TYPO, "trigger type Schedule")
                        .replace("trigger_type = \"OnDemand\"", "trigger_type = \"Schedule\"")
                        .expect(ERROR, "schema.enum", AWSCC_FLOW + ".trigger_config.trigger_type")
                        .atEdit("trigger_type")
                        .mentioning("'Scheduled'").build(),
                in(AWSCC, MISSPELT_NAME, "flowname").replace("flow_name = \"example\"", "flowname = \"example\"")
                        .expect(WARNING, "tf.schema.additionalProperties", AWSCC_FLOW + ".flowname").atEdit("flowname")
                        .mentioning("'flow_name'")
                        .expect(ERROR, "schema.required", AWSCC_FLOW).above("\"example\"").mentioning("'flow_name'")
                        .build(),
                in(AWSCC, REQUIRED_REMOVED, "the source bucket name")
                        .remove("        bucket_name   = var.source_bucket_name\n")
                        .expect(ERROR, "schema.required",
                                AWSCC_FLOW + ".source_flow_config.source_connector_properties.s3")
                        .above("s3 = {").mentioning("'bucket_name'").build());
    }

    private static List<Seed> awsccAndOffsets() {
        return List.of(
                in(AWSCC, WRONG_NESTING, "tags inside the trigger").replace(
                        "    trigger_type = \"OnDemand\"\n", "    trigger_type = \"OnDemand\"\n    tags = []\n")
                        .expect(WARNING, "tf.schema.additionalProperties", AWSCC_FLOW + ".trigger_config.tags")
                        .atEdit("tags").build(),
                in(AWSCC_MAP, SCHEDULE_WITHOUT_EXPRESSION, "no schedule_expression").remove(
                        "      schedule_expression = \"rate(1minutes)\"\n")
                        .expect(ERROR, "schema.required", AWSCC_MAP_FLOW + ".trigger_config.trigger_properties")
                        .above("trigger_properties").mentioning("'schedule_expression'").build(),
                in(AWSCC_MAP, NUMBER_ABOVE_BOUND, "schedule_offset over 36000").replace(
                        "schedule_expression = \"rate(1minutes)\"",
                        "schedule_expression = \"rate(1minutes)\"\n      schedule_offset     = 99999")
                        .expect(ERROR, "schema.maximum",
                                AWSCC_MAP_FLOW + ".trigger_config.trigger_properties.schedule_offset")
                        .atEdit("schedule_offset").mentioning("36000").build(),
                in(AWSCC_MAP, BAD_PATTERN, "flow name with spaces")
                        .replace("flow_name = \"s3-to-s3-flow\"", "flow_name = \"s3 to s3 flow\"")
                        .expect(ERROR, "FLOW_NAME_FORMAT", AWSCC_MAP_FLOW + ".flow_name").atEdit("flow_name").build(),
                in(AWSCC_MAP, BAD_PATTERN, "a bucket name with upper case and an underscore").replace(
                        "          bucket_name   = aws_s3_bucket.destination.bucket",
                        "          bucket_name   = \"Destination_Bucket\"")
                        .expect(WARNING, "S3_BUCKET_NAMING", AWSCC_MAP_FLOW
                                + ".destination_flow_config_list[0].destination_connector_properties.s3.bucket_name")
                        .atEdit("bucket_name").build(),
                // With no Map task left, the Map-only warning has nothing to warn about.
                in(AWSCC_MAP, ENUM_TYPO, "task type map").replace("task_type = \"Map\"", "task_type = \"map\"")
                        .expect(ERROR, "schema.enum", AWSCC_MAP_FLOW + ".tasks[0].task_type").atEdit("task_type")
                        .mentioning("'Map'").gone(S3_MAP_ONLY, 60).build(),
                in(BASIC, NUMBER_ABOVE_BOUND, "schedule_offset over 36000").replace(
                        "        schedule_start_time = \"2036-12-06T00:00:00Z\"\n",
                        "        schedule_start_time = \"2036-12-06T00:00:00Z\"\n        schedule_offset     = 86400\n")
                        .expect(ERROR, "schema.maximum",
                                BASIC_FLOW + ".trigger_config[0].trigger_properties[0].scheduled[0].schedule_offset")
                        .atEdit("schedule_offset").build());
    }
}
