package org.appflowcontracts.properties.gen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Realistic CreateFlow/UpdateFlow bodies that satisfy the whole contract (no violation of any severity).
 * Connector types, properties keys and operators come from {@link ConnectorTables}; leaf values are drawn by
 * {@link SchemaValues} from the shapes, then the few settings that the overlays tie together (bucket naming,
 * SAP OData paging, S3 output options, schedules) are chosen consistently.
 */
public final class FlowGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Field names as they appear in the corpus flows. */
    private static final List<String> FIELDS = List.of("Id", "Name", "Email", "Industry", "CreatedDate",
            "LastModifiedDate", "Amount", "Status", "order_id", "customer_id", "event_time", "SalesOrder",
            "SoldToParty", "TotalNetAmount", "region", "score");
    private static final List<String> RATE_UNITS = List.of("minutes", "hours", "days");

    private final Random random;
    private final SchemaValues values;
    private final ConnectorTables tables = ConnectorTables.shipped();
    private String forcedTrigger;
    private boolean forceProjection;

    public FlowGenerator(Random random) {
        this.random = random;
        this.values = new SchemaValues(random, 0.0);
    }

    /** A CreateFlow body. */
    public ObjectNode createFlow() {
        return createFlow(null, null, null);
    }

    /**
     * A CreateFlow body with the given source and destination connector types and trigger type (each null for a
     * random choice). Scheduled triggers always carry a schedule window; projection is used when the source has it.
     */
    public ObjectNode createFlow(String source, String destination, String triggerType) {
        this.forcedTrigger = triggerType;
        this.forceProjection = source != null;
        ObjectNode flow = NODES.objectNode();
        flow.put("flowName", pick(List.of("orders", "accounts", "leads", "events")) + "-" + token(6));
        if (random.nextBoolean()) {
            flow.put("description", "Copy of " + pick(FIELDS) + " records, " + (1 + random.nextInt(30)) + " per run.");
        }
        String sourceType = source != null ? source : pick(new ArrayList<>(tables.sourceKeys().keySet()));
        String destinationType = destination != null ? destination : pickDestination(sourceType);
        flow.set("triggerConfig", trigger(sourceType, destinationType));
        flow.set("sourceFlowConfig", source(sourceType, flow.at("/triggerConfig")));
        ArrayNode destinations = flow.putArray("destinationFlowConfigList");
        destinations.add(destination(destinationType));
        flow.set("tasks", tasks(sourceType));
        if (random.nextInt(3) == 0) {
            ObjectNode tags = flow.putObject("tags");
            for (int i = random.nextInt(3); i >= 0; i--) {
                tags.put(pick(List.of("team", "cost-center", "env", "owner")), token(4));
            }
        }
        if ("S3".equals(destinationType) && random.nextInt(4) == 0) {
            flow.putObject("metadataCatalogConfig").set("glueDataCatalog", values.forShape("GlueDataCatalogConfig"));
        }
        return flow;
    }

    /** An UpdateFlow body: the same definition without the create-only members. */
    public ObjectNode updateFlow() {
        ObjectNode flow = createFlow();
        flow.remove("tags");
        flow.remove("kmsArn");
        return flow;
    }

    private String pickDestination(String sourceType) {
        List<String> candidates = new ArrayList<>(tables.destinationKeys().keySet());
        // EventBridge receives change events only; it gets its own source/trigger consistency below.
        if (!"Salesforce".equals(sourceType)) {
            candidates.remove("EventBridge");
        }
        return pick(candidates);
    }

    private ObjectNode trigger(String sourceType, String destinationType) {
        ObjectNode trigger = NODES.objectNode();
        boolean eventSource = "Salesforce".equals(sourceType) || "CustomConnector".equals(sourceType);
        if ("Event".equals(forcedTrigger) || (forcedTrigger == null
                && ("EventBridge".equals(destinationType) || (eventSource && random.nextInt(4) == 0)))) {
            trigger.put("triggerType", "Event");
            return trigger;
        }
        int kind = forcedTrigger == null ? random.nextInt(3) : "OnDemand".equals(forcedTrigger) ? 0 : 1;
        if (kind == 0) {
            trigger.put("triggerType", "OnDemand");
            return trigger;
        }
        trigger.put("triggerType", "Scheduled");
        ObjectNode scheduled = trigger.putObject("triggerProperties").putObject("Scheduled");
        scheduled.put("scheduleExpression", "rate(" + (1 + random.nextInt(30)) + pick(RATE_UNITS) + ")");
        scheduled.put("dataPullMode", random.nextBoolean() ? "Complete" : "Incremental");
        if (forcedTrigger != null || random.nextBoolean()) {
            long start = 1_767_225_600L + random.nextInt(1_000_000);
            long end = start + 1 + random.nextInt(10_000_000);
            scheduled.set("scheduleStartTime", random.nextBoolean() ? NODES.numberNode(start)
                    : NODES.stringNode(java.time.Instant.ofEpochSecond(start).toString()));
            scheduled.set("scheduleEndTime", random.nextBoolean() ? NODES.numberNode(end)
                    : NODES.stringNode(java.time.Instant.ofEpochSecond(end).toString()));
        }
        if (random.nextBoolean()) {
            scheduled.put("scheduleOffset", random.nextInt(36_000));
        }
        return trigger;
    }

    private ObjectNode source(String type, JsonNode trigger) {
        ObjectNode source = NODES.objectNode();
        source.put("connectorType", type);
        if (tables.needsProfile(type) || random.nextBoolean()) {
            source.put("connectorProfileName", type.toLowerCase() + "-" + token(4));
        }
        if ("CustomConnector".equals(type)) {
            source.put("apiVersion", "v" + (1 + random.nextInt(3)));
        }
        String key = tables.sourceKeys().get(type);
        ObjectNode block = (ObjectNode) values.forShape(ConnectorTables.propertiesShape("SourceConnectorProperties", key));
        switch (key) {
            case "S3" -> {
                block.put("bucketName", bucket());
                block.put("bucketPrefix", token(5) + "/" + token(3));
            }
            case "SAPOData" -> {
                boolean odp = random.nextBoolean();
                block.put("objectPath", "/sap/opu/odata/sap/API_" + token(4).toUpperCase() + "_SRV/"
                        + (odp ? "EntityOf" + token(4) : "A_" + token(5)));
                if (random.nextBoolean()) {
                    block.putObject("paginationConfig").put("maxPageSize", 1 + random.nextInt(odp ? 10_000 : 3_000));
                }
                if (random.nextBoolean()) {
                    block.putObject("parallelismConfig").put("maxParallelism", 1 + random.nextInt(10));
                }
            }
            case "CustomConnector" -> {
                if (random.nextBoolean()) {
                    block.putObject("dataTransferApi").put("Name", "ListRecords").put("Type",
                            pick(Contracts.strings(Contracts.shape("DataTransferApiType").get("enum"))));
                }
            }
            default -> {
            }
        }
        source.putObject("sourceConnectorProperties").set(key, block);
        if ("Incremental".equals(trigger.at("/triggerProperties/Scheduled/dataPullMode").asString(""))) {
            source.putObject("incrementalPullConfig").put("datetimeTypeFieldName", "LastModifiedDate");
        }
        return source;
    }

    private ObjectNode destination(String type) {
        ObjectNode destination = NODES.objectNode();
        destination.put("connectorType", type);
        if (tables.needsProfile(type)) {
            destination.put("connectorProfileName", type.toLowerCase() + "-" + token(4));
        }
        if ("CustomConnector".equals(type)) {
            destination.put("apiVersion", "v" + (1 + random.nextInt(3)));
        }
        String key = tables.destinationKeys().get(type);
        ObjectNode block = (ObjectNode) values.forShape(
                ConnectorTables.propertiesShape("DestinationConnectorProperties", key));
        block.remove("writeOperationType");
        block.remove("idFieldNames");
        switch (key) {
            case "S3" -> {
                block.put("bucketName", bucket());
                if (random.nextBoolean()) {
                    block.put("bucketPrefix", token(5));
                }
                if (random.nextBoolean()) {
                    block.set("s3OutputFormatConfig", s3Output(false));
                }
            }
            case "Upsolver" -> {
                block.put("bucketName", "upsolver-appflow-" + token(5));
                block.set("s3OutputFormatConfig", s3Output(true));
            }
            case "Redshift", "Snowflake" -> block.put("intermediateBucketName", bucket());
            case "SAPOData" -> block.put("objectPath", "/sap/opu/odata/sap/API_BP_SRV/A_" + token(5));
            // the object of an EventBridge destination is the partner event source the flow publishes to
            case "EventBridge" -> block.put("object", "aws.partner/appflow/salesforce.com/123456789012/" + token(6));
            default -> {
            }
        }
        destination.putObject("destinationConnectorProperties").set(key, block);
        return destination;
    }

    private ObjectNode s3Output(boolean upsolver) {
        ObjectNode output = NODES.objectNode();
        List<String> fileTypes = Contracts.strings(Contracts.shape("FileType").get("enum"));
        String fileType = pick(fileTypes);
        output.put("fileType", fileType);
        if (upsolver || random.nextBoolean()) {
            ObjectNode prefix = output.putObject("prefixConfig");
            prefix.put("prefixType", pick(Contracts.strings(Contracts.shape("PrefixType").get("enum"))));
            prefix.put("prefixFormat", pick(Contracts.strings(Contracts.shape("PrefixFormat").get("enum"))));
        }
        if (!upsolver && random.nextBoolean()) {
            ObjectNode aggregation = output.putObject("aggregationConfig");
            aggregation.put("aggregationType", pick(Contracts.strings(Contracts.shape("AggregationType").get("enum"))));
            if (random.nextBoolean()) {
                aggregation.put("targetFileSize", 1 + random.nextInt(500));
            }
        }
        if (!upsolver && "PARQUET".equals(fileType) && random.nextBoolean()) {
            output.put("preserveSourceDataTyping", true);
        }
        return output;
    }

    private ArrayNode tasks(String sourceType) {
        String operatorKey = tables.sourceKeys().get(sourceType);
        List<String> operators = tables.operators(operatorKey);
        ArrayNode tasks = NODES.arrayNode();
        List<String> fields = fields();
        boolean projection = operators.contains("PROJECTION") && (forceProjection || random.nextInt(4) != 0);
        if (projection) {
            ObjectNode filter = tasks.addObject();
            filter.put("taskType", "Filter");
            ArrayNode sourceFields = filter.putArray("sourceFields");
            fields.forEach(sourceFields::add);
            filter.putObject("connectorOperator").put(operatorKey, "PROJECTION");
        } else {
            ObjectNode mapAll = tasks.addObject();
            mapAll.put("taskType", "Map_all");
            mapAll.putArray("sourceFields");
            mapAll.putObject("taskProperties");
            if (operators.contains("NO_OP")) {
                mapAll.putObject("connectorOperator").put(operatorKey, "NO_OP");
            }
        }
        if (projection) {
            TaskTemplates templates = new TaskTemplates(random);
            for (String taskType : List.of("Filter", "Arithmetic", "Mask", "Validate", "Truncate")) {
                if (random.nextInt(3) == 0) {
                    templates.task(taskType, operatorKey, shuffled(fields)).ifPresent(tasks::add);
                }
            }
        }
        if (projection || random.nextBoolean()) {
            for (String field : fields) {
                ObjectNode map = tasks.addObject();
                map.put("taskType", "Map");
                map.putArray("sourceFields").add(field);
                map.put("destinationField", field);
                if (operators.contains("NO_OP")) {
                    map.putObject("connectorOperator").put(operatorKey, "NO_OP");
                }
            }
        }
        return tasks;
    }

    private List<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        int count = 1 + random.nextInt(4);
        while (fields.size() < count) {
            fields.add(pick(FIELDS));
        }
        return new ArrayList<>(fields);
    }

    private List<String> shuffled(List<String> fields) {
        List<String> copy = new ArrayList<>(fields);
        java.util.Collections.shuffle(copy, random);
        return copy;
    }

    private String bucket() {
        return "acme-" + token(3 + random.nextInt(10));
    }

    private String token(int length) {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < length; i++) {
            token.append((char) ('a' + random.nextInt(26)));
        }
        return token.toString();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
