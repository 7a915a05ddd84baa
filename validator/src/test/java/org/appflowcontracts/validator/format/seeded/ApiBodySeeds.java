package org.appflowcontracts.validator.format.seeded;

import static org.appflowcontracts.validator.Severity.ERROR;
import static org.appflowcontracts.validator.Severity.WARNING;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.BAD_PATTERN;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.ENUM_TYPO;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.FOREIGN_OPERATOR;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.MISSPELT_NAME;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.NUMBER_ABOVE_BOUND;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.SCHEDULE_WITHOUT_EXPRESSION;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.TASK_PROPERTY_KEY_TYPO;
import static org.appflowcontracts.validator.format.seeded.MistakeKind.UPSERT_WITHOUT_ID_FIELDS;
import static org.appflowcontracts.validator.format.seeded.Seed.in;

import java.util.List;
import java.util.stream.Stream;

/** Mistakes planted in CreateFlow bodies of the corpus, JSON and YAML. */
final class ApiBodySeeds {

    private static final String ZENDESK = "corpus/zendesk-tickets-to-s3.json";
    private static final String SAP = "corpus/sapodata-sales-orders-paginated-to-s3.json";
    private static final String SAP_SOURCE = "/sourceFlowConfig/sourceConnectorProperties/SAPOData";
    private static final String UPSERT = "corpus/s3-accounts-to-salesforce-upsert.json";
    private static final String KMS = "corpus/s3-same-bucket-map-no-op-kms.json";
    private static final String CLICKSTREAM = "corpus/s3-clickstream-to-s3-curated.yaml";
    private static final String UPDATE_SAP = "corpus/update-sapodata-sales-orders-parallelism.yaml";
    private static final String SERVICENOW = "corpus/servicenow-incidents-to-s3.yaml";

    private ApiBodySeeds() {
    }

    static List<Seed> seeds() {
        return Stream.of(operatorsBoundsAndKeys(), namesSchedulesAndUpdates()).flatMap(List::stream).toList();
    }

    private static List<Seed> operatorsBoundsAndKeys() {
        return List.of(
                in(ZENDESK, FOREIGN_OPERATOR, "GREATER_THAN_OR_EQUAL_TO, a Salesforce filter, on Zendesk")
                        .replace("\"Zendesk\": \"GREATER_THAN\"", "\"Zendesk\": \"GREATER_THAN_OR_EQUAL_TO\"")
                        .expect(ERROR, "CONNECTOR_OPERATOR_WHITELIST.zendesk", "/tasks/1/connectorOperator/Zendesk")
                        .atEdit("\"Zendesk\"").build(),
                in(SAP, NUMBER_ABOVE_BOUND, "SAP OData page size 5000")
                        .replace("{ \"maxPageSize\": 3000 }", "{ \"maxPageSize\": 5000 }")
                        .expect(ERROR, "SAPODATA_ODATA_PAGE_SIZE_MAX", SAP_SOURCE + "/paginationConfig/maxPageSize")
                        .atEdit("\"maxPageSize\"").mentioning("paginationConfig.maxPageSize").build(),
                in(SAP, ENUM_TYPO, "task type Mapping").replace(
                        "{ \"taskType\": \"Map\", \"sourceFields\": [\"SoldToParty\"]",
                        "{ \"taskType\": \"Mapping\", \"sourceFields\": [\"SoldToParty\"]")
                        .expect(ERROR, "schema.enum", "/tasks/4/taskType").atEdit("\"taskType\"").build(),
                in(SAP, TASK_PROPERTY_KEY_TYPO, "SOURCE_DATATYPE").replace(
                        "\"sourceFields\": [\"SalesOrderType\"], \"destinationField\": \"SalesOrderType\", "
                                + "\"connectorOperator\": { \"SAPOData\": \"NO_OP\" }, \"taskProperties\": { \"SOURCE_DATA_TYPE\"",
                        "\"sourceFields\": [\"SalesOrderType\"], \"destinationField\": \"SalesOrderType\", "
                                + "\"connectorOperator\": { \"SAPOData\": \"NO_OP\" }, \"taskProperties\": { \"SOURCE_DATATYPE\"")
                        .expect(ERROR, "schema.propertyNames", "/tasks/3/taskProperties/SOURCE_DATATYPE")
                        .atEdit("\"SOURCE_DATATYPE\"").mentioning("'SOURCE_DATA_TYPE'")
                        .build(),
                in(UPSERT, UPSERT_WITHOUT_ID_FIELDS, "UPSERT without idFieldNames")
                        .remove("          \"idFieldNames\": [\"ERP_Customer_Number__c\"],\n")
                        .expect(ERROR, "DEST_WRITE_OP_NEEDS_ID_FIELDS",
                                "/destinationFlowConfigList/0/destinationConnectorProperties/Salesforce")
                        .above("\"Salesforce\"").mentioning("idFieldNames", "writeOperationType").build(),
                in(KMS, BAD_PATTERN, "a KMS alias as kmsArn").replace(
                        "\"kmsArn\": \"arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\"",
                        "\"kmsArn\": \"alias/aws/appflow\"")
                        .expect(ERROR, "schema.pattern", "/kmsArn").atEdit("\"kmsArn\"").mentioning("alias/aws/appflow")
                        .build(),
                in(CLICKSTREAM, FOREIGN_OPERATOR, "CONTAINS, a Salesforce filter, on S3")
                        .replace("      S3: EQUAL_TO", "      S3: CONTAINS")
                        .expect(ERROR, "CONNECTOR_OPERATOR_WHITELIST.s3", "/tasks/1/connectorOperator/S3")
                        .atEdit("S3: CONTAINS").build());
    }

    private static List<Seed> namesSchedulesAndUpdates() {
        return List.of(
                in(CLICKSTREAM, MISSPELT_NAME, "bucketname").replace("bucketName: acme-clickstream-curated",
                        "bucketname: acme-clickstream-curated")
                        .expect(ERROR, "schema.additionalProperties",
                                "/destinationFlowConfigList/0/destinationConnectorProperties/S3/bucketname")
                        .atEdit("bucketname").mentioning("'bucketName'")
                        .expect(ERROR, "schema.required",
                                "/destinationFlowConfigList/0/destinationConnectorProperties/S3")
                        .above("S3:").mentioning("'bucketName'").build(),
                in(UPDATE_SAP, NUMBER_ABOVE_BOUND, "SAP OData page size 8000 in an UpdateFlow body")
                        .replace("maxPageSize: 2000", "maxPageSize: 8000")
                        .expect(ERROR, "SAPODATA_ODATA_PAGE_SIZE_MAX", SAP_SOURCE + "/paginationConfig/maxPageSize")
                        .atEdit("maxPageSize").build(),
                in(UPDATE_SAP, NUMBER_ABOVE_BOUND, "SAP OData parallelism 12 in an UpdateFlow body")
                        .replace("maxParallelism: 8", "maxParallelism: 12")
                        .expect(ERROR, "SAPODATA_PARALLELISM_RANGE", SAP_SOURCE + "/parallelismConfig/maxParallelism")
                        .atEdit("maxParallelism").build(),
                in(UPDATE_SAP, ENUM_TYPO, "data pull mode complete in lower case")
                        .replace("dataPullMode: Complete", "dataPullMode: complete")
                        .expect(ERROR, "schema.enum", "/triggerConfig/triggerProperties/Scheduled/dataPullMode")
                        .atEdit("dataPullMode").mentioning("'Complete'").build(),
                in(UPDATE_SAP, MISSPELT_NAME, "objectpath").replace("objectPath: /sap", "objectpath: /sap")
                        .expect(ERROR, "schema.additionalProperties", SAP_SOURCE + "/objectpath").atEdit("objectpath")
                        .mentioning("'objectPath'")
                        .expect(ERROR, "SAPODATA_SOURCE_OBJECT_PATH_REQUIRED", SAP_SOURCE).above("SAPOData:").build(),
                in(SERVICENOW, SCHEDULE_WITHOUT_EXPRESSION, "no scheduleExpression")
                        .remove("      scheduleExpression: cron(30 5 * * ? *)\n")
                        .expect(ERROR, "schema.required", "/triggerConfig/triggerProperties/Scheduled")
                        .above("Scheduled:").mentioning("'scheduleExpression'")
                        .gone("SCHEDULE_EXPRESSION_SYNTAX.cron-console", 7).build(),
                in(SERVICENOW, BAD_PATTERN, "a bucket name in upper case")
                        .replace("bucketName: acme-itops-reporting", "bucketName: ACME-ITOps-Reporting")
                        .expect(WARNING, "S3_BUCKET_NAMING",
                                "/destinationFlowConfigList/0/destinationConnectorProperties/S3/bucketName")
                        .atEdit("bucketName").build());
    }
}
