package org.appflowcontracts.validator.format;

import static java.util.Map.entry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.appflowcontracts.validator.Severity;

/**
 * The findings each real-world file of the corpus must get, with why each is right. A finding is pinned by rule,
 * severity, line and column, and by the text the file has there (a member is reported where its name starts).
 */
final class RealWorldFindings {

    record Finding(String ruleId, Severity severity, int line, int column, String text) {
    }

    record Pinned(int flows, List<Finding> findings) {
    }

    private RealWorldFindings() {
    }

    // AppFlow accepts an S3 source whose only tasks are Map tasks, but users report such flows created without
    // their mappings; the rule is a warning for that reason (its explanation cites the reports).
    private static final String S3_MAP_ONLY = "TASKS_NEED_PROJECTION_OR_MAP_ALL.s3-source";

    // Advice: an incremental flow that names no timestamp field uses the connector's default one.
    private static final String NO_TIMESTAMP_FIELD = "INCREMENTAL_TIMESTAMP_FIELD_HINT";

    // Advice: a Map_all task without connector_operator, which AppFlow accepts (AWS's examples name NO_OP).
    private static final String NO_OP_OMITTED = "TASK_TYPE_OPERATOR_COMPAT.no-op-omitted";

    // Advice: a cron schedule, valid, that the AppFlow console cannot show or edit.
    private static final String CRON_CONSOLE = "SCHEDULE_EXPRESSION_SYNTAX.cron-console";

    // A rate unit written in the singular (rate(1day)), which tools rewrite to the plural before calling AppFlow.
    private static final String SINGULAR_RATE = "SCHEDULE_RATE_PLURAL_UNIT";
    private static final String SCHEDULE = "ScheduleExpression:";

    static final Map<String, Pinned> PINNED = Map.ofEntries(
            // Placeholder bucket names of the documentation: not names S3 allows.
            entry("cloudformation/appflow-docs-create-flow-cfn-salesforce-to-s3.template.json",
                    flows(1, warning("S3_BUCKET_NAMING", 24, 15, "\"BucketName\""))),
            entry("cloudformation/appflow-docs-create-flow-cfn-salesforce-to-s3.template.yaml",
                    flows(1, warning("S3_BUCKET_NAMING", 19, 15, "BucketName:"))),
            entry("cloudformation/cfn-template-reference-salesforce-event-to-s3.template.yaml",
                    flows(1, warning("S3_BUCKET_NAMING", 22, 15, "BucketName:"),
                            // The Map task reads Name, which the PROJECTION filter does not list.
                            warning("PROJECTION_COVERS_FIELDS", 46, 15, "Name"))),
            // A FILENAME prefix with a PathPrefixHierarchy: the hierarchy only shapes folder paths.
            entry("cloudformation/cdk-appflow-ondemand-s3-to-s3.template.json",
                    flows(1, warning("S3_PATH_HIERARCHY_NEEDS_PATH_PREFIX", 540, 11, "\"PrefixType\""))),
            entry("cloudformation/cdk-appflow-onschedule-salesforce-marketing-cloud-to-s3.template.json",
                    flows(1, info(NO_TIMESTAMP_FIELD, 295, 5, "\"SourceFlowConfig\""))),
            entry("cloudformation/eijikominami-googleanalytics-appflow.yaml",
                    flows(1, info(NO_TIMESTAMP_FIELD, 133, 7, "SourceFlowConfig:"))),
            entry("cloudformation/eijikominami-googleanalyticsappflow-first-version.yaml",
                    flows(1, info(NO_TIMESTAMP_FIELD, 66, 7, "SourceFlowConfig:"))),
            // Salesforce change events to S3: the same FILENAME prefix with a PathPrefixHierarchy.
            entry("cloudformation/natallia-bahlai-salesforce-cdc-to-s3-glue-catalog.yaml",
                    flows(1, warning("S3_PATH_HIERARCHY_NEEDS_PATH_PREFIX", 68, 17, "PrefixType:"))),
            clean("cloudformation/natallia-bahlai-salesforce-cdc-to-eventbridge-mask.yaml"),
            // Two flows; the camelCase aggregationType sits where the resource type's schema allows any member.
            entry("cloudformation/ksharlandjiev-appflow-cdc-salesforce-batch-and-events.yaml", flows(2)),
            // An AppFlow specialist's examples: Marketo with a BETWEEN filter, S3 to Salesforce, SAP OData,
            // Salesforce change events to EventBridge, all clean.
            clean("cloudformation/ksharlandjiev-cfn-examples-marketo-to-s3.yaml"),
            clean("cloudformation/ksharlandjiev-cfn-examples-s3-to-salesforce.yaml"),
            clean("cloudformation/ksharlandjiev-cfn-examples-sapodata-to-s3.yaml"),
            clean("cloudformation/ksharlandjiev-cfn-examples-salesforce-events-to-eventbridge.yaml"),
            clean("cloudformation/ksharlandjiev-cfn-examples-salesforce-to-s3-projection-and-map-all-excluding.yaml"),
            clean("cloudformation/ksharlandjiev-cfn-examples-lead-change-events-to-eventbridge.template.json"),
            // More of the same collection: Boolean source flags from String parameters, a flow reading the connector
            // profile its template creates, Veeva objects and documents, a Zendesk flow with a PROJECTION, a typed
            // Map and a Map_all, and a Salesforce flow whose PrefixConfig is empty.
            clean("cloudformation/ksharlandjiev-cfn-examples-salesforce-to-s3-string-parameter-flags.yaml"),
            clean("cloudformation/ksharlandjiev-cfn-examples-salesforce-to-s3-with-connector-profile.yaml"),
            clean("cloudformation/ksharlandjiev-cfn-examples-veeva-objects-to-s3.yaml"),
            clean("cloudformation/ksharlandjiev-cfn-examples-veeva-documents-with-source-files-to-s3.yaml"),
            clean("cloudformation/ksharlandjiev-cfn-examples-zendesk-users-to-s3-projection-map-and-map-all.yaml"),
            clean("cloudformation/ksharlandjiev-cfn-examples-salesforce-accounts-to-s3-csv-empty-prefix-config.template.json"),
            // A schedule start of July 2022, long past; incremental without a timestamp field.
            entry("cloudformation/ksharlandjiev-cfn-examples-salesforce-to-s3-scheduled.yaml", flows(1,
                    warning("SCHEDULE_START_IN_FUTURE", 43, 11, "ScheduleStartTime: 1658484720"),
                    info(NO_TIMESTAMP_FIELD, 46, 7, "SourceFlowConfig:"))),
            // The CONTAINS filter reads "typeñ", a typo the PROJECTION filter (which lists "type") does not read.
            entry("cloudformation/ksharlandjiev-cfn-examples-servicenow-to-s3-contains-filter.yaml",
                    flows(1, warning("PROJECTION_COVERS_FIELDS", 30, 11, "typeñ"))),
            // AWS's Slack moderation sample (CDK): rate(1 minute), singular, which AppFlow created; incremental
            // without a timestamp field.
            entry("cloudformation/aws-samples-rekognition-appflow-slack-moderation-cdk.template.json", flows(1,
                    info(NO_TIMESTAMP_FIELD, 25, 9, "\"SourceFlowConfig\""),
                    warning(SINGULAR_RATE, 110, 13, "\"ScheduleExpression\""))),
            // A cross-stack bucket name (Fn::ImportValue) and a lone Map_all, as CDK writes them.
            clean("cloudformation/rupe120-cdk-salesforce-user-to-s3-parquet-map-all-cross-stack-bucket.template.json"),
            clean("cloudformation/appflow-cdk-ondemand-salesforce-to-redshift.template.json"),
            clean("cloudformation/aws-samples-ai-appflow-veeva-integration.yaml"),
            clean("cloudformation/aws-samples-amazon-appflow-time-automation.yaml"),
            clean("cloudformation/cdk-appflow-ondemand-asana-to-s3.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-github-to-s3.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-googleads-to-s3.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-googleanalytics4-to-s3.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-hubspot-to-s3.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-jdbcsmalldatascale-to-amazonrdsforpostgresql.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-jdbcsmalldatascale-to-s3.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-mailchimp-to-s3.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-microsoftdynamics365-to-s3.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-microsoftsharepointonline-to-s3.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-s3-to-hubspot.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-s3-to-snowflake.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-salesforce-to-redshift.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-salesforce-to-s3.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-sapodata-to-s3.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-slack-to-s3.template.json"),
            clean("cloudformation/cdk-appflow-ondemand-zendesk-to-s3.template.json"),
            clean("cloudformation/cdk-appflow-onevent-salesforce-to-eventbridge.template.json"),
            clean("cloudformation/cdk-appflow-onschedule-s3-to-salesforce.template.json"),
            entry("terraform/acc-basic.tf", flows(1, warning(S3_MAP_ONLY, 102, 3, "task {"))),
            entry("terraform/acc-parquet-file-type.tf", flows(1, warning(S3_MAP_ONLY, 109, 3, "task {"))),
            entry("terraform/acc-task-properties.tf", flows(1, warning(S3_MAP_ONLY, 102, 3, "task {"))),
            entry("terraform/acc-update.tf", flows(1, warning(S3_MAP_ONLY, 103, 3, "task {"))),
            // A tutorial's drafts (awscc): a PROJECTION-only flow reading the bucket root, then a Map-only flow.
            entry("terraform/hashicorp-learn-cloud-control-awscc-projection-only.tf",
                    flows(1, warning("S3_SOURCE_PREFIX_REQUIRED", 45, 9, "bucket_prefix = \"\""))),
            entry("terraform/hashicorp-learn-cloud-control-awscc-map-only.tf",
                    flows(1, warning(S3_MAP_ONLY, 60, 3, "tasks = ["))),
            entry("terraform/awscc-registry-example.tf", flows(1, warning(S3_MAP_ONLY, 30, 3, "tasks = ["))),
            entry("terraform/registry-example.tf", flows(1, warning(S3_MAP_ONLY, 101, 3, "task {"))),
            // The provider's own test configurations: provider 6's region argument, count, a computed tag key.
            entry("terraform/provider-testdata-flow-region-override.tf",
                    flows(1, warning(S3_MAP_ONLY, 34, 3, "task {"))),
            entry("terraform/provider-testdata-flow-list-count.tf", flows(1, warning(S3_MAP_ONLY, 34, 3, "task {"))),
            entry("terraform/provider-testdata-flow-tags-computed.tf",
                    flows(1, warning(S3_MAP_ONLY, 34, 3, "task {"))),
            entry("terraform/provider-testdata-flow-list-region-override.tf",
                    flows(1, warning(S3_MAP_ONLY, 36, 3, "task {"))),
            entry("terraform/provider-testdata-flow-tags-computed-value.tf",
                    flows(1, warning(S3_MAP_ONLY, 34, 3, "task {"))),
            entry("terraform/provider-testdata-flow-tags-ignore.tf", flows(1, warning(S3_MAP_ONLY, 41, 3, "task {"))),
            entry("terraform/ecc-aws-rulepack-appflow-encrypted-with-kms-cmk.tf",
                    flows(1, warning(S3_MAP_ONLY, 29, 3, "task {"))),
            entry("terraform/dlavric-s3-to-s3-map-only.tf", flows(1, warning(S3_MAP_ONLY, 41, 3, "task {"))),
            entry("terraform/checkov-appflow-uses-cmk.tf",
                    flows(2, warning(S3_MAP_ONLY, 29, 3, "task {"), warning(S3_MAP_ONLY, 72, 3, "task {"))),
            // The third Map task reads a field the PROJECTION filter does not list.
            entry("terraform/acc-multiple-tasks.tf",
                    flows(1, warning("PROJECTION_COVERS_FIELDS", 130, 26, "\"aThirdTestField\""))),
            // ServiceNow flows a project deploys: scheduled incremental on cron, Map_all without an operator.
            entry("terraform/snowfall-servicenow-location-map-all.tf", flows(1,
                    info(NO_TIMESTAMP_FIELD, 19, 3, "source_flow_config {"), info(NO_OP_OMITTED, 50, 3, "task {"),
                    info(CRON_CONSOLE, 59, 9, "schedule_expression"))),
            entry("terraform/snowfall-servicenow-incident-intraday-filter.tf", flows(1,
                    info(NO_TIMESTAMP_FIELD, 19, 3, "source_flow_config {"), info(NO_OP_OMITTED, 61, 3, "task {"),
                    info(CRON_CONSOLE, 70, 9, "schedule_expression"))),
            entry("terraform/snowfall-servicenow-incident-daily-london.tf", flows(1,
                    info(NO_TIMESTAMP_FIELD, 19, 3, "source_flow_config {"), info(NO_OP_OMITTED, 61, 3, "task {"),
                    info(CRON_CONSOLE, 70, 9, "schedule_expression"))),
            // SAP OData extractors to S3 of AWS's SAP cloud data warehouse guidance (two published versions): its
            // daily flows write rate(1day), singular; AppFlow created them, so the unit is only warned.
            entry("cloudformation/aws-samples-analytics-fabric-for-sap-order-to-cash-main-masterdata.yaml",
                    flowsWith(4, warnings(SINGULAR_RATE, 13, SCHEDULE, 81, 165))),
            entry("cloudformation/aws-samples-analytics-fabric-for-sap-order-to-cash-masterdata-texts.yaml",
                    flowsWith(10, warnings(SINGULAR_RATE, 13, SCHEDULE, 48, 92, 136, 180, 224, 268, 312, 356, 400,
                            444))),
            entry("cloudformation/aws-samples-analytics-fabric-for-sap-order-to-cash-transactionaldata-all.yaml",
                    flows(6)),
            // The same guidance's language filters (EQUAL_TO on LANGU) name no DATA_TYPE.
            entry("cloudformation/aws-guidance-sap-cloud-data-warehouse-masterdata-appflow-part2.yaml",
                    flowsWith(15, warnings(SINGULAR_RATE, 13, SCHEDULE, 129, 171, 213, 255, 297, 339, 381, 423, 465,
                            507, 549, 591, 641, 691, 749),
                            warnings("FILTER_CONDITION_PROPERTIES.data-type", 9, "TaskProperties:", 625, 675, 725,
                                    733))),
            entry("cloudformation/aws-guidance-sap-cloud-data-warehouse-ptp-appflow.yaml", flows(2)),
            clean("cloudformation/aws-guidance-sap-cloud-data-warehouse-rtr-appflow.yaml"),
            // Another SAP guidance: thirty CDS-view flows in one template, all clean.
            entry("cloudformation/aws-guidance-datalake-with-sap-and-non-sap-data-appflows.yaml", flows(30)),
            // A CDK Map_all without connector operator; the schedule starts in 2099, so no clock rule fires.
            entry("cloudformation/cm-kasama-cdk-salesforce-account-to-s3-parquet-suspended-schedule-2099.template.json",
                    flows(1, info(NO_OP_OMITTED, 55, 6, "{"))),
            // Salesforce change events to EventBridge with Map_all's source_fields = [""] (provider 4.16).
            clean("terraform/fredydev-salesforce-change-events-to-eventbridge.tf"),
            clean("terraform/acc-metadata-catalog.tf"),
            // S3 to S3 with a PROJECTION and untyped Maps, the source prefix the key of one CSV object.
            clean("terraform/cfredmond-odt-s3-csv-to-s3-projection-and-maps.tf"),
            // A Map_all task without source_fields, as the provider's acceptance test creates it.
            clean("terraform/acc-task-map-all.tf"),
            clean("terraform/aws-samples-amazon-appflow-salesforce-private-connect-to-s3.tf"),
            clean("terraform/aws-samples-amazon-appflow-salesforce-to-s3.tf"),
            // Modules: nearly every value comes from a variable or a dynamic block, so only their shape is checked.
            clean("terraform/bootlabstech-salesforce-to-s3-module.tf"),
            clean("terraform/dataminded-iceberg-ingestion-salesforce-module.tf"),
            clean("terraform/hemil70-appflow-module-dynamic-connectors.tf"),
            // The same author's first module, for a GitHub custom connector: its one task's operator is keyed s3.
            clean("terraform/hemil70-github-custom-connector-module-first-version.tf"),
            clean("terraform/fdmsantos-appflow-module.tf"));

    /**
     * Files named {@code invalid-}: configurations quoted in public issues with the refusal they got, and public
     * projects' flows holding a value outside the service model's enumerations, each pinned to its findings (the
     * refusal among them, as an error where AWS refuses the flow).
     */
    static final Map<String, Pinned> REFUSED = Map.ofEntries(
            // AppFlow: "You must specify a projection task or a MAP_ALL task" (Map tasks only, Salesforce source).
            entry("terraform/invalid-terraform-provider-aws-34482-salesforce-map-only.tf", flows(1,
                    error("TASKS_NEED_PROJECTION_OR_MAP_ALL", 28, 3, "task {"), info(NO_OP_OMITTED, 28, 3, "task {"),
                    info(NO_OP_OMITTED, 34, 3, "task {"))),
            // AppFlow, the same refusal for a custom connector source; the s3 operator key is only warned, since the
            // same author's flow with that key on a custom connector source was created (hemil70 module's history).
            entry("terraform/invalid-terraform-provider-awscc-338-custom-connector-map-only.tf", flows(1,
                    error("TASKS_NEED_PROJECTION_OR_MAP_ALL", 32, 3, "tasks = ["),
                    warning("CONNECTOR_OPERATOR_KEY_IS_SOURCE", 39, 9, "s3 = \"NO_OP\""))),
            // Applied only to a mock service: a Salesforce source whose one task is a Map of six fields keyed s3,
            // the shape AppFlow refused in terraform-provider-aws#34482 (no projection nor Map_all task).
            entry("terraform/invalid-paty-oliveira-salesforce-one-map-of-six-fields.tf", flows(1,
                    error("TASKS_NEED_PROJECTION_OR_MAP_ALL", 55, 3, "task {"),
                    warning("MAP_TASK_SHAPE.destination-field", 55, 3, "task {"),
                    error("MAP_TASK_SHAPE", 56, 5, "source_fields"),
                    warning("CONNECTOR_OPERATOR_KEY_IS_SOURCE", 60, 7, "s3 = \"NO_OP\""))),
            // Applied only to LocalStack: a Salesforce source with two Map tasks, the first of two source fields.
            entry("terraform/invalid-fjllach-boomi-replacement-salesforce-map-tasks-only-localstack.tf", flows(1,
                    error("TASKS_NEED_PROJECTION_OR_MAP_ALL", 94, 3, "task {"),
                    error("MAP_TASK_SHAPE", 95, 5, "source_fields"))),
            // A CDK stack's task type MapAll, which neither the resource type's schema nor AppFlow's TaskType
            // enumeration lists (Map_all is meant): an error at the value, and no projection nor Map_all task.
            entry("cloudformation/invalid-abhgow01-cdk-salesforce-to-s3-mapall-task-type.template.yaml", flows(1,
                    error("TASKS_NEED_PROJECTION_OR_MAP_ALL", 23, 7, "Tasks:"),
                    error("schema.enum", 29, 11, "TaskType: MapAll"))),
            // The task property key EXCLUDE_SOURCE_FIELDS, which neither the resource type's schema nor AppFlow's
            // OperatorPropertiesKeys lists: told once, by the contract at the task's properties (the resource
            // type's enum on the entry's Key names the same key).
            entry("cloudformation/invalid-rupe120-cdk-salesforce-user-to-s3-map-all-exclude-source-fields-key.template.json",
                    flows(1, error("schema.propertyNames", 45, 9, "\"Key\""))),
            // AWS::Include written as a plain Transform member, not Fn::Transform: nothing is included, so the
            // two list properties are objects and the source has none of its required members.
            entry("cloudformation/invalid-vgthoppae-appflow-compliance-include-without-fn-transform.yaml", flows(1,
                    error("schema.type", 12, 7, "DestinationFlowConfigList:"),
                    error("schema.required", 18, 7, "SourceFlowConfig:"),
                    error("cfn.schema.additionalProperties", 19, 9, "Transform:"),
                    error("schema.type", 24, 7, "Tasks:"))),
            // The SAP flow's objectPath in camelCase: the resource type's schema requires ObjectPath and allows no
            // other member there, so CloudFormation refuses the template (the missing ObjectPath told once, by the
            // rule); the S3 to Redshift flow is clean.
            entry("cloudformation/invalid-ksharlandjiev-cfn-examples-sap-and-s3-to-redshift-camelcase-object-path.yaml",
                    flows(2, error("SAPODATA_SOURCE_OBJECT_PATH_REQUIRED", 553, 11, "SAPOData:"),
                            error("cfn.schema.additionalProperties", 554, 13, "objectPath"))),
            // aggregation_type "MultipleFiles", which the provider and the API refuse; the quoted "128" of
            // target_file_size is not reported, since Terraform converts it to the number the argument declares.
            entry("terraform/invalid-terraform-provider-aws-37737-multiple-files-aggregation.tf", flows(1,
                    error("schema.enum", 39, 13, "aggregation_type = \"MultipleFiles\""),
                    info(NO_OP_OMITTED, 47, 3, "task {"))),
            // Terraform: "An argument named "status" is not expected here." A warning: provider versions differ in
            // the arguments they define (later ones added flow_status).
            entry("terraform/invalid-terraform-provider-aws-34574-status-argument.tf",
                    flows(1, warning("tf.schema.additionalProperties", 7, 3, "status = \"Active\""))));

    private static Map.Entry<String, Pinned> clean(String file) {
        return entry(file, flows(1));
    }

    private static Pinned flows(int flows, Finding... findings) {
        return new Pinned(flows, List.of(findings));
    }

    /** A file whose findings come in groups of one rule at the same column on many lines. */
    private static Pinned flowsWith(int flows, Finding[]... groups) {
        return new Pinned(flows, Arrays.stream(groups).flatMap(Arrays::stream).toList());
    }

    private static Finding[] warnings(String ruleId, int column, String text, int... lines) {
        return Arrays.stream(lines).mapToObj(line -> warning(ruleId, line, column, text))
                .toArray(Finding[]::new);
    }

    private static Finding warning(String ruleId, int line, int column, String text) {
        return new Finding(ruleId, Severity.WARNING, line, column, text);
    }

    private static Finding error(String ruleId, int line, int column, String text) {
        return new Finding(ruleId, Severity.ERROR, line, column, text);
    }

    private static Finding info(String ruleId, int line, int column, String text) {
        return new Finding(ruleId, Severity.INFO, line, column, text);
    }
}
