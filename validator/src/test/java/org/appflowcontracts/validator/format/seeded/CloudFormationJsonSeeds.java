package org.appflowcontracts.validator.format.seeded;

import static org.appflowcontracts.validator.Severity.ERROR;
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

/** Mistakes planted in JSON templates of the corpus: CDK output and AWS's documentation example. */
final class CloudFormationJsonSeeds {

    private static final String TO_SALESFORCE =
            "templates/cloudformation/cdk-appflow-onschedule-s3-to-salesforce.template.json";
    private static final String TO_SALESFORCE_FLOW = "/Resources/OnScheduleFlow3BE8D5D0/Properties";
    private static final String SALESFORCE_DEST = TO_SALESFORCE_FLOW
            + "/DestinationFlowConfigList/0/DestinationConnectorProperties/Salesforce";
    private static final String ZENDESK = "templates/cloudformation/cdk-appflow-ondemand-zendesk-to-s3.template.json";
    private static final String ZENDESK_FLOW = "/Resources/OnDemandFlow4ECA54C5/Properties";
    private static final String SAP = "templates/cloudformation/cdk-appflow-ondemand-sapodata-to-s3.template.json";
    private static final String SAP_FLOW = "/Resources/OnDemandFlow00CE33FE/Properties";
    private static final String DOCS = "templates/cloudformation/appflow-docs-create-flow-cfn-salesforce-to-s3.template.json";
    private static final String DOCS_FLOW = "/Resources/MySalesforceToS3Flow/Properties";

    private CloudFormationJsonSeeds() {
    }

    static List<Seed> seeds() {
        return Stream.of(toSalesforce(), destinationsZendeskAndSap(), documentation()).flatMap(List::stream).toList();
    }

    private static List<Seed> toSalesforce() {
        return List.of(
                in(TO_SALESFORCE, UPSERT_WITHOUT_ID_FIELDS, "UPSERT without IdFieldNames")
                        .replace("\"WriteOperationType\": \"INSERT\"", "\"WriteOperationType\": \"UPSERT\"")
                        .expect(ERROR, "DEST_WRITE_OP_NEEDS_ID_FIELDS", SALESFORCE_DEST).above("\"Salesforce\"")
                        .mentioning("IdFieldNames", "WriteOperationType INSERT").build(),
                in(TO_SALESFORCE, ENUM_TYPO, "write operation UPSERTS")
                        .replace("\"WriteOperationType\": \"INSERT\"", "\"WriteOperationType\": \"UPSERTS\"")
                        .expect(ERROR, "schema.enum", SALESFORCE_DEST + "/WriteOperationType")
                        .atEdit("\"WriteOperationType\"").mentioning("'UPSERT'").build(),
                in(TO_SALESFORCE, ENUM_TYPO, "task type Validation")
                        .replace("\"TaskType\": \"Validate\"", "\"TaskType\": \"Validation\"")
                        .expect(ERROR, "schema.enum", TO_SALESFORCE_FLOW + "/Tasks/3/TaskType").atEdit("\"TaskType\"")
                        .mentioning("'Validate'").build(),
                in(TO_SALESFORCE, SCHEDULE_WITHOUT_EXPRESSION, "no ScheduleExpression")
                        .remove("      \"ScheduleExpression\": {\n       \"Fn::GetAtt\": [\n"
                                + "        \"OnScheduleFlowUpdater39178314\",\n        \"Schedule\"\n       ]\n      },\n")
                        .expect(ERROR, "schema.required", TO_SALESFORCE_FLOW + "/TriggerConfig/TriggerProperties")
                        .above("\"TriggerProperties\"").mentioning("'ScheduleExpression'").build(),
                in(TO_SALESFORCE, MISSPELT_NAME, "Flowname")
                        .replace("\"FlowName\": \"TestStackOnScheduleFlow1BB655FE\"",
                                "\"Flowname\": \"TestStackOnScheduleFlow1BB655FE\"")
                        .expect(ERROR, "cfn.schema.additionalProperties", TO_SALESFORCE_FLOW + "/Flowname")
                        .atEdit("\"Flowname\"").mentioning("'FlowName'")
                        .expect(ERROR, "schema.required", TO_SALESFORCE_FLOW).above("\"Properties\"")
                        .mentioning("'FlowName'").build(),
                in(TO_SALESFORCE, TASK_PROPERTY_KEY_TYPO, "MASK_LENGHT")
                        .replace("\"Key\": \"MASK_LENGTH\"", "\"Key\": \"MASK_LENGHT\"")
                        .expect(ERROR, "schema.propertyNames", TO_SALESFORCE_FLOW + "/Tasks/2/TaskProperties/0/Key")
                        .atEdit("\"Key\": \"MASK_LENGHT\"")
                        .mentioning("'MASK_LENGTH'").build());
    }

    private static List<Seed> destinationsZendeskAndSap() {
        return List.of(
                in(TO_SALESFORCE, REQUIRED_REMOVED, "the destination list").remove(
                        "    \"DestinationFlowConfigList\": [\n     {\n"
                                + "      \"ConnectorProfileName\": \"TestStackTestConnectorProfileD7C70DA6\",\n"
                                + "      \"ConnectorType\": \"Salesforce\",\n"
                                + "      \"DestinationConnectorProperties\": {\n       \"Salesforce\": {\n"
                                + "        \"Object\": \"Account\",\n        \"WriteOperationType\": \"INSERT\"\n"
                                + "       }\n      }\n     }\n    ],\n")
                        .expect(ERROR, "schema.required", TO_SALESFORCE_FLOW).above("\"Properties\"")
                        .mentioning("'DestinationFlowConfigList'").build(),
                in(ZENDESK, FOREIGN_OPERATOR, "EQUAL_TO, a Salesforce filter, on Zendesk").replace("    \"Tasks\": [\n",
                        "    \"Tasks\": [\n     {\n      \"ConnectorOperator\": {\n       \"Zendesk\": \"EQUAL_TO\"\n"
                                + "      },\n      \"SourceFields\": [\n       \"status\"\n      ],\n"
                                + "      \"TaskProperties\": [\n       {\n        \"Key\": \"DATA_TYPE\",\n"
                                + "        \"Value\": \"string\"\n       },\n       {\n        \"Key\": \"VALUE\",\n"
                                + "        \"Value\": \"open\"\n       }\n      ],\n      \"TaskType\": \"Filter\"\n"
                                + "     },\n")
                        .expect(ERROR, "CONNECTOR_OPERATOR_WHITELIST.zendesk",
                                ZENDESK_FLOW + "/Tasks/0/ConnectorOperator/Zendesk").atEdit("\"Zendesk\"").build(),
                in(ZENDESK, ENUM_TYPO, "destination connector type S3 in lower case")
                        .replace("      \"ConnectorType\": \"S3\",", "      \"ConnectorType\": \"s3\",")
                        .expect(ERROR, "schema.enum", ZENDESK_FLOW + "/DestinationFlowConfigList/0/ConnectorType")
                        .atEdit("\"ConnectorType\"").mentioning("'S3'").build(),
                in(ZENDESK, BAD_PATTERN, "flow name with a space")
                        .replace("\"FlowName\": \"OnDemandFlow\"", "\"FlowName\": \"On Demand Flow\"")
                        .expect(ERROR, "FLOW_NAME_FORMAT", ZENDESK_FLOW + "/FlowName").atEdit("\"FlowName\"").build(),
                // The object path comes from a secret: only the bound of every entity set (10000) can be told.
                in(SAP, NUMBER_ABOVE_BOUND, "SAP OData page size 20000")
                        .replace("      \"SAPOData\": {\n       \"ObjectPath\"",
                        "      \"SAPOData\": {\n       \"paginationConfig\": {\n        \"maxPageSize\": 20000\n       },\n"
                                + "       \"ObjectPath\"")
                        .expect(ERROR, "cfn.schema.maximum",
                                SAP_FLOW + "/SourceFlowConfig/SourceConnectorProperties/SAPOData/paginationConfig/maxPageSize")
                        .atEdit("\"maxPageSize\"").build(),
                in(SAP, NUMBER_ABOVE_BOUND, "SAP OData parallelism 16")
                        .replace("      \"SAPOData\": {\n       \"ObjectPath\"",
                        "      \"SAPOData\": {\n       \"parallelismConfig\": {\n        \"maxParallelism\": 16\n"
                                + "       },\n       \"ObjectPath\"")
                        .expect(ERROR, "SAPODATA_PARALLELISM_RANGE",
                                SAP_FLOW + "/SourceFlowConfig/SourceConnectorProperties/SAPOData/parallelismConfig/maxParallelism")
                        .atEdit("\"maxParallelism\"").build());
    }

    private static List<Seed> documentation() {
        return List.of(
                in(DOCS, ENUM_TYPO, "file type Parquet in mixed case")
                        .replace("\"FileType\": \"CSV\"", "\"FileType\": \"Parquet\"")
                        .expect(ERROR, "schema.enum", DOCS_FLOW
                                + "/DestinationFlowConfigList/0/DestinationConnectorProperties/S3/S3OutputFormatConfig/FileType")
                        .atEdit("\"FileType\"").mentioning("'PARQUET'").build(),
                in(DOCS, MISSPELT_NAME, "S3OutputFormatConfig spelt as the API does")
                        .replace("\"S3OutputFormatConfig\"", "\"s3OutputFormatConfig\"")
                        .expect(ERROR, "cfn.schema.additionalProperties", DOCS_FLOW
                                + "/DestinationFlowConfigList/0/DestinationConnectorProperties/S3/s3OutputFormatConfig")
                        .atEdit("\"s3OutputFormatConfig\"").mentioning("'S3OutputFormatConfig'").build(),
                in(DOCS, REQUIRED_REMOVED, "the Salesforce Object").replace(
                        "            \"Salesforce\": {\n                \"Object\": \"Account\"\n            }",
                        "            \"Salesforce\": {\n            }")
                        .expect(ERROR, "schema.required",
                                DOCS_FLOW + "/SourceFlowConfig/SourceConnectorProperties/Salesforce")
                        .atEdit("\"Salesforce\"").mentioning("'Object'").build(),
                in(DOCS, WRONG_NESTING, "ConnectorOperator outside its task").replace(
                        "            }\n          }\n        ]",
                        "            }\n          }\n        ],\n        \"ConnectorOperator\": {\n"
                                + "          \"Salesforce\": \"NO_OP\"\n        }")
                        .expect(ERROR, "cfn.schema.additionalProperties", DOCS_FLOW + "/ConnectorOperator")
                        .atEdit("\"ConnectorOperator\"").build());
    }
}
