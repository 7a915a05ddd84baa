package org.appflowcontracts.validator.format.seeded;

import static org.appflowcontracts.validator.Severity.ERROR;
import static org.appflowcontracts.validator.Severity.WARNING;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.BAD_PATTERN;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.TASK_PROPERTY_KEY_TYPO;
import static org.appflowcontracts.validator.format.seeded.Seed.in;

import java.util.List;

/**
 * Planted mistakes this test first found told wrongly (twice, at the map instead of the key, or hidden behind a
 * warning), kept apart as the regression cases of those fixes.
 */
final class RegressionSeeds {

    private static final String ZENDESK_YAML =
            "templates/cloudformation/ksharlandjiev-cfn-examples-zendesk-users-to-s3-projection-map-and-map-all.yaml";
    private static final String DOCS_JSON =
            "templates/cloudformation/appflow-docs-create-flow-cfn-salesforce-to-s3.template.json";
    private static final String AWSCC_MAP = "templates/terraform/hashicorp-learn-cloud-control-awscc-map-only.tf";
    private static final String SAP_BODY = "corpus/sapodata-sales-orders-paginated-to-s3.json";

    private RegressionSeeds() {
    }

    static List<Seed> seeds() {
        return List.of(
                // Once: the resource type's minLength of KMSArn beside the contract's pattern finding, whose hint
                // already says an alias is not a key ARN, is the same wrong value.
                in(ZENDESK_YAML, BAD_PATTERN, "a KMS alias as KMSArn")
                        .replace("      Description: ''\n", "      Description: ''\n      KMSArn: alias/aws/appflow\n")
                        .expect(ERROR, "schema.pattern", "/Resources/AFF3ADQC/Properties/KMSArn").atEdit("KMSArn")
                        .mentioning("alias/aws/appflow").build(),
                in(DOCS_JSON, BAD_PATTERN, "a KMS alias as KMSArn").replace(
                        "        \"FlowName\": \"MySalesforceToS3Flow\",\n",
                        "        \"FlowName\": \"MySalesforceToS3Flow\",\n        \"KMSArn\": \"alias/aws/appflow\",\n")
                        .expect(ERROR, "schema.pattern", "/Resources/MySalesforceToS3Flow/Properties/KMSArn")
                        .atEdit("\"KMSArn\"").mentioning("alias/aws/appflow").build(),
                // Once in awscc: the resource type's enum on the entry's key and the contract's propertyNames
                // finding, both at the key.
                in(AWSCC_MAP, TASK_PROPERTY_KEY_TYPO, "SOURCE_DATATYPE in a key/value list")
                        .replace("key = \"SOURCE_DATA_TYPE\"", "key = \"SOURCE_DATATYPE\"")
                        .expect(ERROR, "schema.propertyNames", "awscc_appflow_flow.flow.tasks[0].task_properties[0].key")
                        .atEdit("key = \"SOURCE_DATATYPE\"")
                        .mentioning("'SOURCE_DATA_TYPE'").build(),
                // An error: a filter's misspelt DATA_TYPE key is a key AWS refuses, whatever the comparison
                // filter's warning (no DATA_TYPE) at the map says.
                in(SAP_BODY, TASK_PROPERTY_KEY_TYPO, "DATATYPE in a filter")
                        .replace("{ \"DATA_TYPE\": \"string\", \"VALUE\": \"OR\" }",
                                "{ \"DATATYPE\": \"string\", \"VALUE\": \"OR\" }")
                        .expect(ERROR, "schema.propertyNames", "/tasks/1/taskProperties/DATATYPE").atEdit("\"DATATYPE\"")
                        .mentioning("'DATA_TYPE'")
                        .expect(WARNING, "FILTER_CONDITION_PROPERTIES.data-type", "/tasks/1/taskProperties")
                        .above("\"taskProperties\"").build());
    }
}
