package org.appflowcontracts.benchmarks;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the benchmark inputs: valid CreateFlow requests with a projection and {@code tasks - 1} Map tasks,
 * from Salesforce (3 and 500 tasks) or SAP OData with pagination and parallelism (30 tasks) into S3.
 */
final class FlowInputs {

    private FlowInputs() {}

    static byte[] createFlow(int tasks, JsonMapper mapper) {
        String connector = tasks == 30 ? "SAPOData" : "Salesforce";
        ObjectNode flow = mapper.createObjectNode();
        flow.put("flowName", "bench-" + tasks + "-tasks");
        flow.putObject("triggerConfig").put("triggerType", "OnDemand");
        ObjectNode source = flow.putObject("sourceFlowConfig");
        source.put("connectorType", connector);
        source.put("connectorProfileName", "profile-" + connector.toLowerCase(java.util.Locale.ROOT));
        ObjectNode sourceProps = source.putObject("sourceConnectorProperties").putObject(connector);
        if (connector.equals("SAPOData")) {
            sourceProps.put("objectPath", "/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder");
            sourceProps.putObject("paginationConfig").put("maxPageSize", 3000);
            sourceProps.putObject("parallelismConfig").put("maxParallelism", 5);
        } else {
            sourceProps.put("object", "Account");
        }
        ObjectNode destination = flow.putArray("destinationFlowConfigList").addObject();
        destination.put("connectorType", "S3");
        ObjectNode s3 = destination.putObject("destinationConnectorProperties").putObject("S3");
        s3.put("bucketName", "bench-landing-123456789012");
        s3.put("bucketPrefix", "bench");
        ObjectNode format = s3.putObject("s3OutputFormatConfig");
        format.put("fileType", "PARQUET");
        format.putObject("aggregationConfig").put("aggregationType", "None");

        ArrayNode taskList = flow.putArray("tasks");
        ObjectNode projection = taskList.addObject();
        projection.put("taskType", "Filter");
        ArrayNode projected = projection.putArray("sourceFields");
        projection.putObject("connectorOperator").put(connector, "PROJECTION");
        for (int i = 1; i < tasks; i++) {
            String field = "Field" + i;
            projected.add(field);
            ObjectNode map = taskList.addObject();
            map.put("taskType", "Map");
            map.putArray("sourceFields").add(field);
            map.put("destinationField", field);
            map.putObject("connectorOperator").put(connector, "NO_OP");
            ObjectNode props = map.putObject("taskProperties");
            props.put("SOURCE_DATA_TYPE", "string");
            props.put("DESTINATION_DATA_TYPE", "string");
        }
        return mapper.writeValueAsBytes(flow);
    }
}
