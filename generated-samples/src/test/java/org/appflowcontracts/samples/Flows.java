package org.appflowcontracts.samples;

import java.util.List;
import java.util.Map;
import org.appflowcontracts.samples.appflow.AggregationConfig;
import org.appflowcontracts.samples.appflow.AggregationType;
import org.appflowcontracts.samples.appflow.ConnectorOperator;
import org.appflowcontracts.samples.appflow.ConnectorType;
import org.appflowcontracts.samples.appflow.CreateFlowRequest;
import org.appflowcontracts.samples.appflow.DestinationConnectorProperties;
import org.appflowcontracts.samples.appflow.DestinationFlowConfig;
import org.appflowcontracts.samples.appflow.ErrorHandlingConfig;
import org.appflowcontracts.samples.appflow.FileType;
import org.appflowcontracts.samples.appflow.S3DestinationProperties;
import org.appflowcontracts.samples.appflow.S3InputFileType;
import org.appflowcontracts.samples.appflow.S3InputFormatConfig;
import org.appflowcontracts.samples.appflow.S3OutputFormatConfig;
import org.appflowcontracts.samples.appflow.S3SourceProperties;
import org.appflowcontracts.samples.appflow.SAPODataConnectorOperator;
import org.appflowcontracts.samples.appflow.SAPODataPaginationConfig;
import org.appflowcontracts.samples.appflow.SAPODataParallelismConfig;
import org.appflowcontracts.samples.appflow.SAPODataSourceProperties;
import org.appflowcontracts.samples.appflow.S3ConnectorOperator;
import org.appflowcontracts.samples.appflow.SalesforceConnectorOperator;
import org.appflowcontracts.samples.appflow.SalesforceDestinationProperties;
import org.appflowcontracts.samples.appflow.SalesforceSourceProperties;
import org.appflowcontracts.samples.appflow.SourceConnectorProperties;
import org.appflowcontracts.samples.appflow.SourceFlowConfig;
import org.appflowcontracts.samples.appflow.Task;
import org.appflowcontracts.samples.appflow.TaskType;
import org.appflowcontracts.samples.appflow.TriggerConfig;
import org.appflowcontracts.samples.appflow.TriggerType;
import org.appflowcontracts.samples.appflow.WriteOperationType;

/** Flows written with the generated builders, as an application would. */
final class Flows {

    private Flows() {}

    static CreateFlowRequest salesforceToS3() {
        return CreateFlowRequest.builder()
                .flowName("sfdc-account-to-datalake")
                .triggerConfig(TriggerConfig.builder().triggerType(TriggerType.ON_DEMAND).build())
                .sourceFlowConfig(SourceFlowConfig.builder()
                        .connectorType(ConnectorType.SALESFORCE)
                        .connectorProfileName("salesforce-prod")
                        .sourceConnectorProperties(SourceConnectorProperties.builder()
                                .salesforce(SalesforceSourceProperties.builder().object("Account").build())
                                .build())
                        .build())
                .destinationFlowConfigList(List.of(DestinationFlowConfig.builder()
                        .connectorType(ConnectorType.S3)
                        .destinationConnectorProperties(DestinationConnectorProperties.builder()
                                .s3(S3DestinationProperties.builder()
                                        .bucketName("acme-datalake-raw-123456789012")
                                        .bucketPrefix("salesforce")
                                        .s3OutputFormatConfig(S3OutputFormatConfig.builder()
                                                .fileType(FileType.PARQUET)
                                                .aggregationConfig(AggregationConfig.builder()
                                                        .aggregationType(AggregationType.NONE).build())
                                                .build())
                                        .build())
                                .build())
                        .build()))
                .tasks(List.of(
                        Task.builder().taskType(TaskType.FILTER).sourceFields(List.of("Id", "Name"))
                                .connectorOperator(ConnectorOperator.builder()
                                        .salesforce(SalesforceConnectorOperator.PROJECTION).build())
                                .build(),
                        salesforceMap("Id", "id"),
                        salesforceMap("Name", "string")))
                .build();
    }

    private static Task salesforceMap(String field, String type) {
        return Task.builder().taskType(TaskType.MAP).sourceFields(List.of(field)).destinationField(field)
                .connectorOperator(ConnectorOperator.builder().salesforce(SalesforceConnectorOperator.NO_OP).build())
                .taskProperties(Map.of("SOURCE_DATA_TYPE", type, "DESTINATION_DATA_TYPE", type))
                .build();
    }

    static CreateFlowRequest s3ToSalesforceUpsert() {
        return CreateFlowRequest.builder()
                .flowName("erp-customers-to-salesforce")
                .triggerConfig(TriggerConfig.builder().triggerType(TriggerType.ON_DEMAND).build())
                .sourceFlowConfig(SourceFlowConfig.builder()
                        .connectorType(ConnectorType.S3)
                        .sourceConnectorProperties(SourceConnectorProperties.builder()
                                .s3(S3SourceProperties.builder()
                                        .bucketName("acme-erp-exports-123456789012")
                                        .bucketPrefix("customers")
                                        .s3InputFormatConfig(S3InputFormatConfig.builder()
                                                .s3InputFileType(S3InputFileType.CSV).build())
                                        .build())
                                .build())
                        .build())
                .destinationFlowConfigList(List.of(DestinationFlowConfig.builder()
                        .connectorType(ConnectorType.SALESFORCE)
                        .connectorProfileName("salesforce-prod")
                        .destinationConnectorProperties(DestinationConnectorProperties.builder()
                                .salesforce(SalesforceDestinationProperties.builder()
                                        .object("Account")
                                        .writeOperationType(WriteOperationType.UPSERT)
                                        .idFieldNames(List.of("ERP_Customer_Number__c"))
                                        .errorHandlingConfig(ErrorHandlingConfig.builder()
                                                .failOnFirstDestinationError(false)
                                                .bucketName("acme-appflow-errors")
                                                .bucketPrefix("salesforce/account-upsert")
                                                .build())
                                        .build())
                                .build())
                        .build()))
                .tasks(List.of(
                        Task.builder().taskType(TaskType.FILTER).sourceFields(List.of("customer_number", "customer_name"))
                                .connectorOperator(ConnectorOperator.builder().s3(S3ConnectorOperator.PROJECTION).build())
                                .build(),
                        s3Map("customer_number", "ERP_Customer_Number__c"),
                        s3Map("customer_name", "Name")))
                .build();
    }

    private static Task s3Map(String source, String destination) {
        return Task.builder().taskType(TaskType.MAP).sourceFields(List.of(source)).destinationField(destination)
                .connectorOperator(ConnectorOperator.builder().s3(S3ConnectorOperator.NO_OP).build())
                .taskProperties(Map.of("SOURCE_DATA_TYPE", "string", "DESTINATION_DATA_TYPE", "string"))
                .build();
    }

    static CreateFlowRequest sapODataToS3() {
        return CreateFlowRequest.builder()
                .flowName("sap-s4-sales-orders-to-s3")
                .triggerConfig(TriggerConfig.builder().triggerType(TriggerType.ON_DEMAND).build())
                .sourceFlowConfig(SourceFlowConfig.builder()
                        .connectorType(ConnectorType.SAP_ODATA)
                        .connectorProfileName("sap-s4hana-prd-100")
                        .sourceConnectorProperties(SourceConnectorProperties.builder()
                                .sapOData(SAPODataSourceProperties.builder()
                                        .objectPath("/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder")
                                        .paginationConfig(SAPODataPaginationConfig.builder().maxPageSize(3000).build())
                                        .parallelismConfig(SAPODataParallelismConfig.builder().maxParallelism(5).build())
                                        .build())
                                .build())
                        .build())
                .destinationFlowConfigList(List.of(DestinationFlowConfig.builder()
                        .connectorType(ConnectorType.S3)
                        .destinationConnectorProperties(DestinationConnectorProperties.builder()
                                .s3(S3DestinationProperties.builder()
                                        .bucketName("acme-sap-landing-123456789012")
                                        .bucketPrefix("s4hana/sales-orders")
                                        .s3OutputFormatConfig(S3OutputFormatConfig.builder()
                                                .fileType(FileType.PARQUET).build())
                                        .build())
                                .build())
                        .build()))
                .tasks(List.of(
                        Task.builder().taskType(TaskType.FILTER).sourceFields(List.of("SalesOrder"))
                                .connectorOperator(ConnectorOperator.builder()
                                        .sapOData(SAPODataConnectorOperator.PROJECTION).build())
                                .build(),
                        Task.builder().taskType(TaskType.MAP).sourceFields(List.of("SalesOrder"))
                                .destinationField("SalesOrder")
                                .connectorOperator(ConnectorOperator.builder()
                                        .sapOData(SAPODataConnectorOperator.NO_OP).build())
                                .taskProperties(Map.of("SOURCE_DATA_TYPE", "string", "DESTINATION_DATA_TYPE", "string"))
                                .build()))
                .build();
    }
}
