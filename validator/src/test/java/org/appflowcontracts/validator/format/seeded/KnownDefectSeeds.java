package org.appflowcontracts.validator.format.seeded;

import static org.appflowcontracts.validator.Severity.ERROR;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.BAD_PATTERN;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.TASK_PROPERTY_KEY_TYPO;
import static org.appflowcontracts.validator.format.seeded.Seed.in;

import java.util.List;

/**
 * Planted mistakes the product does not yet report as it should, each with the findings it should get. They are
 * checked to still fail, so a fix shows up as a failure here: move the seed to its format's list then.
 */
final class KnownDefectSeeds {

    private static final String ZENDESK_YAML =
            "templates/cloudformation/ksharlandjiev-cfn-examples-zendesk-users-to-s3-projection-map-and-map-all.yaml";
    private static final String DOCS_JSON =
            "templates/cloudformation/appflow-docs-create-flow-cfn-salesforce-to-s3.template.json";
    private static final String AWSCC_MAP = "templates/terraform/hashicorp-learn-cloud-control-awscc-map-only.tf";
    private static final String SAP_BODY = "corpus/sapodata-sales-orders-paginated-to-s3.json";

    private KnownDefectSeeds() {
    }

    static List<Seed> seeds() {
        return List.of(
                // Told twice: the resource type's minLength of KMSArn beside the contract's pattern finding, whose
                // hint already says an alias is not a key ARN (the contract drops its own length finding then).
                in(ZENDESK_YAML, BAD_PATTERN, "a KMS alias as KMSArn")
                        .replace("      Description: ''\n", "      Description: ''\n      KMSArn: alias/aws/appflow\n")
                        .expect(ERROR, "schema.pattern", "/Resources/AFF3ADQC/Properties/KMSArn").atEdit("KMSArn")
                        .mentioning("alias/aws/appflow").build(),
                in(DOCS_JSON, BAD_PATTERN, "a KMS alias as KMSArn").replace(
                        "        \"FlowName\": \"MySalesforceToS3Flow\",\n",
                        "        \"FlowName\": \"MySalesforceToS3Flow\",\n        \"KMSArn\": \"alias/aws/appflow\",\n")
                        .expect(ERROR, "schema.pattern", "/Resources/MySalesforceToS3Flow/Properties/KMSArn")
                        .atEdit("\"KMSArn\"").mentioning("alias/aws/appflow").build(),
                // Told twice in awscc: the resource type's enum on the entry's key beside the contract's
                // propertyNames finding (CloudFormation's TaskProperties entries are told once).
                in(AWSCC_MAP, TASK_PROPERTY_KEY_TYPO, "SOURCE_DATATYPE in a key/value list")
                        .replace("key = \"SOURCE_DATA_TYPE\"", "key = \"SOURCE_DATATYPE\"")
                        .expect(ERROR, "schema.propertyNames", "awscc_appflow_flow.flow.tasks[0].task_properties")
                        .atEdit("key = \"SOURCE_DATATYPE\"").reportedTodayAt(new Anchor.Above("task_properties"))
                        .mentioning("'SOURCE_DATA_TYPE'").build(),
                // Not told: a filter's misspelt DATA_TYPE key is an unknown key AWS refuses, but the comparison
                // filter's warning (no DATA_TYPE) at the same map hides the type-level error.
                in(SAP_BODY, TASK_PROPERTY_KEY_TYPO, "DATATYPE in a filter")
                        .replace("{ \"DATA_TYPE\": \"string\", \"VALUE\": \"OR\" }",
                                "{ \"DATATYPE\": \"string\", \"VALUE\": \"OR\" }")
                        .expect(ERROR, "schema.propertyNames", "/tasks/1/taskProperties").atEdit("\"DATATYPE\"")
                        .reportedTodayAt(new Anchor.Above("\"taskProperties\"")).mentioning("'DATA_TYPE'").build());
    }
}
