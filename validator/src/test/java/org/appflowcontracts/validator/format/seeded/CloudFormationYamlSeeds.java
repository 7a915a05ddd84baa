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

/** Mistakes planted in hand-written YAML templates of the corpus. */
final class CloudFormationYamlSeeds {

    private static final String ZENDESK =
            "templates/cloudformation/ksharlandjiev-cfn-examples-zendesk-users-to-s3-projection-map-and-map-all.yaml";
    private static final String ZENDESK_FLOW = "/Resources/AFF3ADQC/Properties";
    private static final String TO_SALESFORCE = "templates/cloudformation/ksharlandjiev-cfn-examples-s3-to-salesforce.yaml";
    private static final String TO_SALESFORCE_FLOW = "/Resources/AppFlowSalesforcePush/Properties";
    private static final String SCHEDULED =
            "templates/cloudformation/ksharlandjiev-cfn-examples-salesforce-to-s3-scheduled.yaml";
    private static final String SCHEDULED_FLOW = "/Resources/AppFlowSFDCtoS3/Properties";
    private static final String SAP = "templates/cloudformation/ksharlandjiev-cfn-examples-sapodata-to-s3.yaml";
    private static final String SAP_FLOW = "/Resources/SapToS3Flow/Properties";
    private static final String MARKETO = "templates/cloudformation/ksharlandjiev-cfn-examples-marketo-to-s3.yaml";
    private static final String TEXTS =
            "templates/cloudformation/aws-samples-analytics-fabric-for-sap-order-to-cash-masterdata-texts.yaml";
    private static final String TEXTS_FLOW = "/Resources/cfmatlgrp5/Properties";
    private static final String MARKETO_FLOW = "/Resources/AppFlowMarketotoS3/Properties";

    private CloudFormationYamlSeeds() {
    }

    static List<Seed> seeds() {
        return Stream.of(zendeskValuesAndNames(), zendeskPatternsAndSalesforceFlows(), scheduleSapAndMarketoFlows())
                .flatMap(List::stream).toList();
    }

    private static List<Seed> zendeskValuesAndNames() {
        return List.of(
                in(ZENDESK, ENUM_TYPO, "task type MapAll").replace("TaskType: Map_all", "TaskType: MapAll")
                        .expect(ERROR, "schema.enum", ZENDESK_FLOW + "/Tasks/2/TaskType").atEdit("TaskType")
                        .mentioning("Map_all").build(),
                in(ZENDESK, ENUM_TYPO, "file type CVS").replace("FileType: CSV", "FileType: CVS")
                        .expect(ERROR, "schema.enum", ZENDESK_FLOW
                                + "/DestinationFlowConfigList/0/DestinationConnectorProperties/S3/S3OutputFormatConfig/FileType")
                        .atEdit("FileType").mentioning("'CSV'").build(),
                in(ZENDESK, ENUM_TYPO, "trigger type Ondemand")
                        .replace("TriggerType: OnDemand", "TriggerType: Ondemand")
                        .expect(ERROR, "schema.enum", ZENDESK_FLOW + "/TriggerConfig/TriggerType").atEdit("TriggerType")
                        .mentioning("'OnDemand'").build(),
                in(ZENDESK, ENUM_TYPO, "source connector type ZenDesk")
                        .replace("ConnectorType: Zendesk", "ConnectorType: ZenDesk")
                        .expect(ERROR, "schema.enum", ZENDESK_FLOW + "/SourceFlowConfig/ConnectorType")
                        .atEdit("ConnectorType").mentioning("'Zendesk'").build(),
                in(ZENDESK, MISSPELT_NAME, "DestinationFeild")
                        .replace("DestinationField: UniqueId", "DestinationFeild: UniqueId")
                        .expect(ERROR, "cfn.schema.additionalProperties", ZENDESK_FLOW + "/Tasks/1/DestinationFeild")
                        .atEdit("DestinationFeild").mentioning("'DestinationField'")
                        .expect(WARNING, "MAP_TASK_SHAPE.destination-field", ZENDESK_FLOW + "/Tasks/1")
                        .above("TaskType: Map").mentioning("DestinationField").build(),
                in(ZENDESK, MISSPELT_NAME, "TaskTyp").replace("      - TaskType: Map\n", "      - TaskTyp: Map\n")
                        .expect(ERROR, "cfn.schema.additionalProperties", ZENDESK_FLOW + "/Tasks/1/TaskTyp")
                        .atEdit("TaskTyp").mentioning("'TaskType'")
                        .expect(ERROR, "schema.required", ZENDESK_FLOW + "/Tasks/1").atEdit("TaskTyp")
                        .mentioning("'TaskType'").build(),
                in(ZENDESK, REQUIRED_REMOVED, "FlowName").remove("      FlowName: testZDMapAll1\n")
                        .expect(ERROR, "schema.required", ZENDESK_FLOW).above("Properties:").mentioning("'FlowName'")
                        .build(),
                in(ZENDESK, REQUIRED_REMOVED, "a Map task's SourceFields")
                        .replace("        SourceFields:\n        - id\n        TaskProperties:\n        - Key: SOURCE",
                                "        TaskProperties:\n        - Key: SOURCE")
                        .expect(ERROR, "schema.required", ZENDESK_FLOW + "/Tasks/1").above("TaskType: Map")
                        .mentioning("'SourceFields'").build(),
                in(ZENDESK, FOREIGN_OPERATOR, "CONTAINS, a Salesforce filter, on Zendesk").replace(
                        "      - TaskType: Map_all\n",
                        "      - TaskType: Filter\n        SourceFields:\n        - id\n        TaskProperties:\n"
                                + "        - Key: DATA_TYPE\n          Value: string\n        - Key: VALUE\n"
                                + "          Value: '42'\n        ConnectorOperator:\n          Zendesk: CONTAINS\n"
                                + "      - TaskType: Map_all\n")
                        .expect(ERROR, "CONNECTOR_OPERATOR_WHITELIST.zendesk",
                                ZENDESK_FLOW + "/Tasks/2/ConnectorOperator/Zendesk")
                        .atEdit("Zendesk: CONTAINS").build());
    }

    private static List<Seed> zendeskPatternsAndSalesforceFlows() {
        return List.of(
                in(ZENDESK, BAD_PATTERN, "bucket name in upper case")
                        .replace("BucketName: samagrs-test-us-west-1", "BucketName: Samagrs-Test-us-west-1")
                        .expect(WARNING, "S3_BUCKET_NAMING", ZENDESK_FLOW
                                + "/DestinationFlowConfigList/0/DestinationConnectorProperties/S3/BucketName")
                        .atEdit("BucketName").build(),
                in(ZENDESK, BAD_PATTERN, "flow name with a space")
                        .replace("FlowName: testZDMapAll1", "FlowName: test ZD MapAll1")
                        .expect(ERROR, "FLOW_NAME_FORMAT", ZENDESK_FLOW + "/FlowName").atEdit("FlowName").build(),
                in(ZENDESK, TASK_PROPERTY_KEY_TYPO, "SOURCE_DATATYPE")
                        .replace("Key: SOURCE_DATA_TYPE", "Key: SOURCE_DATATYPE")
                        .expect(ERROR, "schema.propertyNames", ZENDESK_FLOW + "/Tasks/1/TaskProperties/0/Key")
                        .atEdit("Key: SOURCE_DATATYPE")
                        .mentioning("'SOURCE_DATA_TYPE'").build(),
                in(ZENDESK, WRONG_NESTING, "AggregationConfig beside S3OutputFormatConfig").replace(
                        "              AggregationConfig:\n                AggregationType: SingleFile\n",
                        "            AggregationConfig:\n              AggregationType: SingleFile\n")
                        .expect(ERROR, "cfn.schema.additionalProperties", ZENDESK_FLOW
                                + "/DestinationFlowConfigList/0/DestinationConnectorProperties/S3/AggregationConfig")
                        .atEdit("AggregationConfig").build(),
                in(TO_SALESFORCE, UPSERT_WITHOUT_ID_FIELDS, "UPSERT without IdFieldNames")
                        .replace("WriteOperationType: INSERT", "WriteOperationType: UPSERT")
                        .expect(ERROR, "DEST_WRITE_OP_NEEDS_ID_FIELDS", TO_SALESFORCE_FLOW
                                + "/DestinationFlowConfigList/0/DestinationConnectorProperties/Salesforce")
                        .above("Salesforce:").mentioning("IdFieldNames", "WriteOperationType").build(),
                in(TO_SALESFORCE, ENUM_TYPO, "write operation UPSET")
                        .replace("WriteOperationType: INSERT", "WriteOperationType: UPSET")
                        .expect(ERROR, "schema.enum", TO_SALESFORCE_FLOW
                                + "/DestinationFlowConfigList/0/DestinationConnectorProperties/Salesforce/WriteOperationType")
                        .atEdit("WriteOperationType").mentioning("'UPSERT'").build(),
                in(TO_SALESFORCE, REQUIRED_REMOVED, "the source BucketName")
                        .remove("              BucketName: !Ref SourceS3BucketName\n")
                        .expect(ERROR, "schema.required",
                                TO_SALESFORCE_FLOW + "/SourceFlowConfig/SourceConnectorProperties/S3")
                        .above("S3:").mentioning("'BucketName'").build(),
                in(SCHEDULED, SCHEDULE_WITHOUT_EXPRESSION, "no ScheduleExpression")
                        .remove("          ScheduleExpression: rate(1minutes)\n")
                        .expect(ERROR, "schema.required", SCHEDULED_FLOW + "/TriggerConfig/TriggerProperties")
                        .above("TriggerProperties:").mentioning("'ScheduleExpression'").build(),
                in(SCHEDULED, NUMBER_ABOVE_BOUND, "ScheduleOffset over 36000")
                        .replace("ScheduleOffset: 0", "ScheduleOffset: 86400")
                        .expect(ERROR, "schema.maximum",
                                SCHEDULED_FLOW + "/TriggerConfig/TriggerProperties/ScheduleOffset")
                        .atEdit("ScheduleOffset").build());
    }

    private static List<Seed> scheduleSapAndMarketoFlows() {
        return List.of(
                in(SCHEDULED, ENUM_TYPO, "Salesforce DataTransferApi BULK_V2").replace(
                        "            Object: !Ref AppFlowSalesforceObject\n",
                        "            Object: !Ref AppFlowSalesforceObject\n            DataTransferApi: BULK_V2\n")
                        .expect(ERROR, "schema.enum",
                                SCHEDULED_FLOW + "/SourceFlowConfig/SourceConnectorProperties/Salesforce/DataTransferApi")
                        .atEdit("DataTransferApi").mentioning("'BULKV2'").build(),
                // The object path is a parameter, so only the bound of every entity set (10000) can be told.
                in(SAP, NUMBER_ABOVE_BOUND, "SAP OData page size 50000").replace(
                        "            ObjectPath: !Ref ObjectPath",
                        "            paginationConfig:\n              maxPageSize: 50000\n            ObjectPath: !Ref ObjectPath")
                        .expect(ERROR, "cfn.schema.maximum",
                                SAP_FLOW + "/SourceFlowConfig/SourceConnectorProperties/SAPOData/paginationConfig/maxPageSize")
                        .atEdit("maxPageSize").mentioning("10000").build(),
                in(SAP, MISSPELT_NAME, "ObjectPth, so no ObjectPath").replace(
                        "            ObjectPath: !Ref ObjectPath", "            ObjectPth: !Ref ObjectPath")
                        .expect(ERROR, "SAPODATA_SOURCE_OBJECT_PATH_REQUIRED",
                                SAP_FLOW + "/SourceFlowConfig/SourceConnectorProperties/SAPOData").above("SAPOData:")
                        .expect(ERROR, "cfn.schema.additionalProperties",
                                SAP_FLOW + "/SourceFlowConfig/SourceConnectorProperties/SAPOData/ObjectPth")
                        .atEdit("ObjectPth").build(),
                // The last of ten flows in one template: each finding on its own flow's lines.
                in(TEXTS, BAD_PATTERN, "flow name with spaces")
                        .replace("FlowName: cf_matl_grp_5", "FlowName: cf matl grp 5")
                        .expect(ERROR, "FLOW_NAME_FORMAT", TEXTS_FLOW + "/FlowName").atEdit("FlowName").build(),
                in(TEXTS, ENUM_TYPO, "task type Map_All")
                        .replace("      - TaskType: Map_all", 9, "      - TaskType: Map_All")
                        .expect(ERROR, "schema.enum", TEXTS_FLOW + "/Tasks/0/TaskType").atEdit("TaskType")
                        .mentioning("'Map_all'")
                        .expect(ERROR, "TASKS_NEED_PROJECTION_OR_MAP_ALL", TEXTS_FLOW + "/Tasks").above("Tasks:")
                        .build(),
                in(TEXTS, REQUIRED_REMOVED, "TriggerType").remove("          TriggerType: Scheduled\n", 9)
                        .expect(ERROR, "schema.required", TEXTS_FLOW + "/TriggerConfig").above("TriggerConfig:")
                        .mentioning("'TriggerType'").build(),
                in(MARKETO, FOREIGN_OPERATOR, "EQUAL_TO on Marketo").replace(
                        "        - Key: LOWER_BOUND\n          Value: '1641945600000'\n        - Key: UPPER_BOUND\n"
                                + "          Value: '1642032000000'\n        ConnectorOperator:\n          Marketo: BETWEEN",
                        "        - Key: VALUE\n          Value: '1641945600000'\n        ConnectorOperator:\n"
                                + "          Marketo: EQUAL_TO")
                        .expect(ERROR, "CONNECTOR_OPERATOR_WHITELIST.marketo",
                                MARKETO_FLOW + "/Tasks/0/ConnectorOperator/Marketo")
                        .atEdit("Marketo: EQUAL_TO").build(),
                in(MARKETO, WRONG_NESTING, "ConnectorProfileName inside the source properties").replace(
                        "        ConnectorProfileName: !Ref AppFlowMarketoConnectorName\n        SourceConnectorProperties:\n"
                                + "          Marketo:\n",
                        "        SourceConnectorProperties:\n          Marketo:\n"
                                + "            ConnectorProfileName: !Ref AppFlowMarketoConnectorName\n")
                        .expect(ERROR, "cfn.schema.additionalProperties",
                                MARKETO_FLOW + "/SourceFlowConfig/SourceConnectorProperties/Marketo/ConnectorProfileName")
                        .atEdit("ConnectorProfileName")
                        .expect(ERROR, "CONNECTOR_PROFILE_NAME_REQUIRED", MARKETO_FLOW + "/SourceFlowConfig")
                        .above("SourceFlowConfig:").build());
    }
}
