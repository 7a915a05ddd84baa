package org.appflowcontracts.properties.mutate;

import static org.appflowcontracts.properties.mutate.Target.DESTINATION;
import static org.appflowcontracts.properties.mutate.Target.SCHEDULED;
import static org.appflowcontracts.properties.mutate.Target.SOURCE;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.appflowcontracts.properties.gen.Contracts;
import org.appflowcontracts.properties.gen.FlowGenerator;
import org.appflowcontracts.properties.gen.SchemaValues;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One mutator per overlay rule. Each asks the flow generator for a valid request in the context the rule looks
 * at (connector types, trigger), then makes the one edit that breaks the rule and names the pointer where the
 * rule must report it.
 */
public final class Mutators {

    private static final Map<String, Mutator> ALL = new LinkedHashMap<>();

    private Mutators() {
    }

    public static Map<String, Mutator> all() {
        synchronized (ALL) {
            if (ALL.isEmpty()) {
                register();
            }
            return ALL;
        }
    }

    private static void rule(String id, String source, String destination, String trigger,
            Function<Target, String> edit) {
        rule(id, "CreateFlow", source, destination, trigger, edit);
    }

    private static void rule(String id, String operation, String source, String destination, String trigger,
            Function<Target, String> edit) {
        ALL.put(id, new Mutator() {
            @Override
            public String ruleId() {
                return id;
            }

            @Override
            public Mutation apply(Random random) {
                FlowGenerator generator = new FlowGenerator(random);
                ObjectNode valid = generator.createFlow(source, destination, trigger);
                if ("UpdateFlow".equals(operation)) {
                    valid.remove("tags");
                    valid.remove("kmsArn");
                }
                ObjectNode mutated = valid.deepCopy();
                String pointer = edit.apply(new Target(mutated, random));
                return new Mutation(operation, id, pointer, valid, mutated);
            }
        });
    }

    private static void register() {
        connectors();
        destinations();
        naming();
        sapOData();
        tasks();
        operatorWhitelists();
        triggers();
        writeOperations();
    }

    private static void connectors() {
        rule("SOURCE_CONNECTOR_ROLE", "Salesforce", "S3", "OnDemand", t -> {
            t.source().put("connectorType", only(t.tables().destinationKeys().keySet(), t.tables().sourceKeys().keySet()));
            return SOURCE + "/connectorType";
        });
        rule("DEST_CONNECTOR_ROLE", "Salesforce", "S3", "OnDemand", t -> {
            t.destination().put("connectorType", only(t.tables().sourceKeys().keySet(), t.tables().destinationKeys().keySet()));
            t.flow.remove("metadataCatalogConfig");
            t.destination().put("connectorProfileName", "profile-a");
            return DESTINATION + "/connectorType";
        });
        rule("SOURCE_PROPERTIES_KEY_MATCH", "Salesforce", "S3", "OnDemand", t -> {
            t.object(SOURCE + "/sourceConnectorProperties").putObject("Marketo").put("object", "leads");
            return SOURCE + "/sourceConnectorProperties/Marketo";
        });
        rule("DEST_PROPERTIES_KEY_MATCH", "Salesforce", "S3", "OnDemand", t -> {
            t.object(DESTINATION + "/destinationConnectorProperties").putObject("Marketo").put("object", "leads");
            return DESTINATION + "/destinationConnectorProperties/Marketo";
        });
        rule("CONNECTOR_PROFILE_NAME_REQUIRED", "Salesforce", "S3", "OnDemand", t -> {
            t.source().remove("connectorProfileName");
            return SOURCE;
        });
        rule("CUSTOM_CONNECTOR_API_VERSION", "CustomConnector", "S3", "OnDemand", t -> {
            t.source().remove("apiVersion");
            return SOURCE;
        });
        rule("API_VERSION_NOT_TRANSFER_MODE", "CustomConnector", "S3", "OnDemand", t -> {
            t.source().put("apiVersion", "AUTOMATIC");
            return SOURCE + "/apiVersion";
        });
        rule("EXACTLY_ONE_DESTINATION", "Salesforce", "S3", "OnDemand", t -> {
            t.flow.withArray("destinationFlowConfigList").add(t.destination().deepCopy());
            return "/destinationFlowConfigList";
        });
        rule("EVENTBRIDGE_DEST_EVENT_FLOW", "Salesforce", "EventBridge", "Event", t -> {
            t.object("/triggerConfig").put("triggerType", "OnDemand");
            return "/triggerConfig/triggerType";
        });
        rule("EVENTBRIDGE_OBJECT_PARTNER_SOURCE", "Salesforce", "EventBridge", "Event", t -> {
            t.object(t.destinationBlock()).put("object", t.random.nextBoolean() ? "Account" : "AccountChangeEvent");
            return t.destinationBlock() + "/object";
        });
    }

    private static void destinations() {
        rule("S3_SOURCE_PREFIX_REQUIRED", "S3", "S3", "OnDemand", t -> {
            t.object(t.sourceBlock()).put("bucketPrefix", "");
            return t.sourceBlock() + "/bucketPrefix";
        });
        rule("S3_SOURCE_PREFIX_NO_LEADING_SLASH", "S3", "S3", "OnDemand", t -> {
            ObjectNode block = t.object(t.sourceBlock());
            block.put("bucketPrefix", "/" + block.get("bucketPrefix").asString());
            return t.sourceBlock() + "/bucketPrefix";
        });
        rule("S3_BUCKET_NAMING", "Salesforce", "S3", "OnDemand", t -> {
            t.object(t.destinationBlock()).put("bucketName", "Acme_Exports");
            return t.destinationBlock() + "/bucketName";
        });
        rule("S3_PRESERVE_TYPING_PARQUET", "Salesforce", "S3", "OnDemand", t -> {
            t.object(t.destinationBlock()).putObject("s3OutputFormatConfig").put("fileType", "CSV")
                    .put("preserveSourceDataTyping", true);
            return t.destinationBlock() + "/s3OutputFormatConfig/fileType";
        });
        rule("S3_PREFIX_FORMAT_NEEDS_TYPE", "Salesforce", "S3", "OnDemand", t -> {
            t.object(t.destinationBlock()).putObject("s3OutputFormatConfig").putObject("prefixConfig")
                    .put("prefixFormat", "DAY");
            return t.destinationBlock() + "/s3OutputFormatConfig/prefixConfig";
        });
        rule("S3_PATH_HIERARCHY_NEEDS_PATH_PREFIX", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode prefix = t.object(t.destinationBlock()).putObject("s3OutputFormatConfig").putObject("prefixConfig");
            prefix.put("prefixType", "FILENAME");
            prefix.putArray("pathPrefixHierarchy").add("EXECUTION_ID");
            return t.destinationBlock() + "/s3OutputFormatConfig/prefixConfig/prefixType";
        });
        rule("S3_TARGET_FILE_SIZE_POSITIVE", "Salesforce", "S3", "OnDemand", t -> {
            t.object(t.destinationBlock()).putObject("s3OutputFormatConfig").putObject("aggregationConfig")
                    .put("aggregationType", "SingleFile").put("targetFileSize", 0);
            return t.destinationBlock() + "/s3OutputFormatConfig/aggregationConfig/targetFileSize";
        });
        rule("UPSOLVER_OUTPUT_CONFIG", "Salesforce", "Upsolver", "OnDemand", t -> {
            t.object(t.destinationBlock()).put("bucketName", "acme-exports");
            return t.destinationBlock() + "/bucketName";
        });
        rule("WAREHOUSE_INTERMEDIATE_BUCKET", "Salesforce", "Redshift", "OnDemand", t -> {
            t.object(t.destinationBlock()).remove("intermediateBucketName");
            return t.destinationBlock();
        });
        rule("GLUE_CATALOG_S3_ONLY", "Salesforce", "Snowflake", "OnDemand", t -> {
            t.flow.putObject("metadataCatalogConfig").set("glueDataCatalog",
                    new SchemaValues(t.random, 0).forShape("GlueDataCatalogConfig"));
            return "/metadataCatalogConfig/glueDataCatalog";
        });
        rule("SALESFORCE_DYNAMIC_FIELDS_S3", "Salesforce", "Snowflake", "OnDemand", t -> {
            t.object(t.sourceBlock()).put("enableDynamicFieldUpdate", true);
            return t.sourceBlock() + "/enableDynamicFieldUpdate";
        });
        rule("CUSTOM_SOURCE_DATA_TRANSFER_API_PAIR", "CustomConnector", "S3", "OnDemand", t -> {
            t.object(t.sourceBlock()).putObject("dataTransferApi").put("Name", "ListRecords");
            return t.sourceBlock() + "/dataTransferApi";
        });
        rule("VEEVA_DOCUMENT_OPTIONS", "Veeva", "S3", "OnDemand", t -> {
            t.object(t.sourceBlock()).remove("documentType");
            t.object(t.sourceBlock()).put("includeAllVersions", true);
            return t.sourceBlock() + "/includeAllVersions";
        });
        rule("ERROR_HANDLING_PREFIX_NEEDS_BUCKET", "S3", "Salesforce", "OnDemand", t -> {
            t.object(t.destinationBlock()).putObject("errorHandlingConfig").put("bucketPrefix", "errors");
            return t.destinationBlock() + "/errorHandlingConfig";
        });
        rule("SUCCESS_HANDLING_PREFIX_NEEDS_BUCKET", "S3", "SAPOData", "OnDemand", t -> {
            t.object(t.destinationBlock()).putObject("successResponseHandlingConfig").put("bucketPrefix", "ok");
            return t.destinationBlock() + "/successResponseHandlingConfig";
        });
    }

    private static void naming() {
        rule("FLOW_NAME_FORMAT", null, null, null, t -> {
            t.flow.put("flowName", "-" + t.flow.get("flowName").asString());
            return "/flowName";
        });
        rule("DESCRIPTION_CHARSET", null, null, null, t -> {
            t.flow.put("description", "Orders; daily");
            return "/description";
        });
        rule("TAG_KEY_VALUE_FORMAT", null, null, null, t -> {
            t.flow.putObject("tags").put("aws:team", "data");
            return "/tags";
        });
        rule("TAG_KEY_VALUE_FORMAT.value", null, null, null, t -> {
            t.flow.putObject("tags").put("note", "a|b");
            return "/tags/note";
        });
        rule("TIMESTAMP_EPOCH_SECONDS", "Salesforce", "S3", "Scheduled", t -> {
            t.scheduled().put("scheduleStartTime", 1_767_225_600L);
            t.scheduled().put("scheduleEndTime", 1_767_225_600_000L);
            return SCHEDULED + "/scheduleEndTime";
        });
        rule("PATTERN_FULL_MATCH", "Salesforce", "S3", "OnDemand", t -> {
            t.object(t.destinationBlock()).put("bucketName", "acme appflow exports");
            return t.destinationBlock() + "/bucketName";
        });
    }

    private static void sapOData() {
        rule("SAPODATA_SOURCE_OBJECT_PATH_REQUIRED", "SAPOData", "S3", "OnDemand", t -> {
            t.object(t.sourceBlock()).put("objectPath", "");
            // an empty path is no ODP entity set: keep the page size within the plain OData bound
            if (t.flow.at(t.sourceBlock() + "/paginationConfig/maxPageSize").asInt(0) > 3000) {
                t.object(t.sourceBlock() + "/paginationConfig").put("maxPageSize", 3000);
            }
            return t.sourceBlock() + "/objectPath";
        });
        rule("SAPODATA_ODATA_PAGE_SIZE_MAX", "SAPOData", "S3", "OnDemand", t -> {
            t.object(t.sourceBlock()).put("objectPath", "/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder");
            t.object(t.sourceBlock()).putObject("paginationConfig").put("maxPageSize", 3001 + t.random.nextInt(7000));
            return t.sourceBlock() + "/paginationConfig/maxPageSize";
        });
        rule("SAPODATA_ODP_PAGE_SIZE_MAX", "SAPOData", "S3", "OnDemand", t -> {
            t.object(t.sourceBlock()).put("objectPath", "/sap/opu/odata/sap/Z_ODP_SRV/EntityOfSales");
            t.object(t.sourceBlock()).putObject("paginationConfig").put("maxPageSize", 10_001 + t.random.nextInt(1000));
            return t.sourceBlock() + "/paginationConfig/maxPageSize";
        });
        rule("SAPODATA_PARALLELISM_RANGE", "SAPOData", "S3", "OnDemand", t -> {
            t.object(t.sourceBlock()).putObject("parallelismConfig").put("maxParallelism", 11 + t.random.nextInt(90));
            return t.sourceBlock() + "/parallelismConfig/maxParallelism";
        });
        rule("SAPODATA_PARALLELISM_RANGE.source-only", "S3", "SAPOData", "OnDemand", t -> {
            t.object(t.destinationBlock()).putObject("paginationConfig").put("maxPageSize", 100);
            return t.destinationBlock() + "/paginationConfig";
        });
        rule("SAPODATA_DEST_NOT_ODP", "S3", "SAPOData", "OnDemand", t -> {
            t.object(t.destinationBlock()).put("objectPath", "/sap/opu/odata/sap/Z_ODP_SRV/FactsOfSales");
            return t.destinationBlock() + "/objectPath";
        });
    }

    private static void tasks() {
        rule("TASKS_NEED_PROJECTION_OR_MAP_ALL", "Salesforce", "S3", "OnDemand", t -> {
            t.tasks().remove(0);
            for (Iterator<JsonNode> it = t.tasks().iterator(); it.hasNext();) {
                if (!"Map".equals(it.next().path("taskType").asString(""))) {
                    it.remove();
                }
            }
            return "/tasks";
        });
        rule("TASKS_NEED_PROJECTION_OR_MAP_ALL.s3-source", "S3", "S3", "OnDemand", t -> {
            t.tasks().remove(0);
            for (Iterator<JsonNode> it = t.tasks().iterator(); it.hasNext();) {
                if (!"Map".equals(it.next().path("taskType").asString(""))) {
                    it.remove();
                }
            }
            if (t.tasks().isEmpty()) {
                ObjectNode map = t.tasks().addObject();
                map.put("taskType", "Map");
                map.putArray("sourceFields").add("order_id");
                map.put("destinationField", "order_id");
                map.putObject("connectorOperator").put("S3", "NO_OP");
            }
            return "/tasks";
        });
        rule("CONNECTOR_OPERATOR_ONE_KEY", "Salesforce", "S3", "OnDemand", t -> {
            String map = t.first("Map");
            t.object(map + "/connectorOperator").put("Marketo", "NO_OP");
            return map + "/connectorOperator";
        });
        rule("CONNECTOR_OPERATOR_KEY_IS_SOURCE", "Salesforce", "S3", "OnDemand", t -> {
            String map = t.first("Map");
            t.object(map).putObject("connectorOperator").put("Marketo", "NO_OP");
            return map + "/connectorOperator/Marketo";
        });
        rule("TASK_TYPE_OPERATOR_COMPAT", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode mask = t.task("Mask", "MASK_ALL");
            mask.remove("connectorOperator");
            return t.add(mask);
        });
        rule("TASK_TYPE_OPERATOR_COMPAT.no-op-omitted", "Salesforce", "S3", "OnDemand", t -> {
            String map = t.first("Map");
            t.object(map).remove("connectorOperator");
            return map;
        });
        rule("TASK_PROPERTY_KEYS_BY_TYPE", "Salesforce", "S3", "OnDemand", t -> {
            String map = t.first("Map");
            t.object(map).putObject("taskProperties").put("VALUE", "x");
            return map + "/taskProperties/VALUE";
        });
        rule("PROJECTION_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            t.object("/tasks/0").putObject("taskProperties").put("DATA_TYPE", "string");
            return "/tasks/0/taskProperties";
        });
        rule("FILTER_CONDITION_PROPERTIES", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode filter = t.task("Filter", "EQUAL_TO");
            ((ObjectNode) filter.get("taskProperties")).remove("VALUE");
            return t.add(filter) + "/taskProperties";
        });
        rule("FILTER_CONDITION_PROPERTIES.data-type", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode filter = t.task("Filter", "EQUAL_TO");
            ((ObjectNode) filter.get("taskProperties")).remove("DATA_TYPE");
            return t.add(filter) + "/taskProperties";
        });
        rule("FILTER_BETWEEN_BOUNDS_ORDER", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode filter = t.task("Filter", "BETWEEN");
            ((ObjectNode) filter.get("taskProperties")).put("LOWER_BOUND", "50").put("UPPER_BOUND", "10");
            return t.add(filter) + "/taskProperties/UPPER_BOUND";
        });
        rule("FILTER_NUMBER_MAGNITUDE", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode filter = t.task("Filter", "BETWEEN");
            // An exponent of seven to twelve digits: beyond a million, no number means anything.
            String exponent = "1" + "0".repeat(6 + t.random.nextInt(6));
            ((ObjectNode) filter.get("taskProperties")).put("LOWER_BOUND", "1").put("UPPER_BOUND", "2e" + exponent);
            return t.add(filter) + "/taskProperties/UPPER_BOUND";
        });
        rule("FILTER_TEMPORAL_VALUES_MILLIS", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode filter = t.task("Filter", "EQUAL_TO");
            ObjectNode properties = (ObjectNode) filter.get("taskProperties");
            properties.remove("VALUE");
            properties.put("DATA_TYPE", "date").put("VALUES", String.valueOf(1_767_225_600L + 86_400L * t.random.nextInt(300)));
            return t.add(filter) + "/taskProperties/VALUES";
        });
        rule("MAP_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            String map = t.first("Map");
            t.object(map).withArray("sourceFields").add(t.projected().get(1));
            return map + "/sourceFields";
        });
        rule("MAP_TASK_SHAPE.destination-field", "Salesforce", "S3", "OnDemand", t -> {
            String map = t.first("Map");
            t.object(map).remove("destinationField");
            return map;
        });
        String mapAllSource = sourceWithout("PROJECTION");
        rule("MAP_ALL_TASK_SHAPE", mapAllSource, "S3", "OnDemand", t -> {
            t.object(t.first("Map_all") + "/taskProperties").put("EXCLUDE_SOURCE_FIELDS_LIST", "Id");
            return t.first("Map_all") + "/taskProperties/EXCLUDE_SOURCE_FIELDS_LIST";
        });
        rule("MAP_ALL_TASK_SHAPE.source-fields", mapAllSource, "S3", "OnDemand", t -> {
            t.object(t.first("Map_all")).withArray("sourceFields").add("Id");
            return t.first("Map_all") + "/sourceFields";
        });
        rule("MAP_ALL_TASK_SHAPE.single", mapAllSource, "S3", "OnDemand", t -> {
            t.tasks().add(t.object(t.first("Map_all")).deepCopy());
            return "/tasks";
        });
        rule("MERGE_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode merge = t.task("Arithmetic", "ADDITION");
            merge.put("taskType", "Merge");
            merge.putObject("connectorOperator").put("Salesforce", "NO_OP");
            merge.putObject("taskProperties");
            return t.add(merge) + "/taskProperties";
        });
        rule("ARITHMETIC_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode arithmetic = t.task("Arithmetic", "ADDITION");
            ((ObjectNode) arithmetic.get("taskProperties")).remove("MATH_OPERATION_FIELDS_ORDER");
            return t.add(arithmetic) + "/taskProperties";
        });
        rule("ARITHMETIC_TASK_SHAPE.fields-order", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode arithmetic = t.task("Arithmetic", "SUBTRACTION");
            ((ObjectNode) arithmetic.get("taskProperties")).put("MATH_OPERATION_FIELDS_ORDER",
                    t.projected().get(0) + ",Unrelated");
            return t.add(arithmetic) + "/taskProperties/MATH_OPERATION_FIELDS_ORDER";
        });
        rule("TRUNCATE_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode truncate = t.task("Mask", "MASK_ALL");
            truncate.put("taskType", "Truncate");
            truncate.putObject("connectorOperator").put("Salesforce", "NO_OP");
            truncate.putObject("taskProperties").put("TRUNCATE_LENGTH", "0");
            return t.add(truncate) + "/taskProperties/TRUNCATE_LENGTH";
        });
        rule("MASK_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode mask = t.task("Mask", "MASK_FIRST_N");
            ((ObjectNode) mask.get("taskProperties")).remove("MASK_LENGTH");
            return t.add(mask) + "/taskProperties";
        });
        rule("VALIDATE_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode validate = t.task("Validate", "VALIDATE_NON_NULL");
            validate.remove("taskProperties");
            return t.add(validate);
        });
        rule("VALIDATE_TASK_SHAPE.action", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode validate = t.task("Validate", "VALIDATE_NON_NULL");
            ((ObjectNode) validate.get("taskProperties")).put("VALIDATION_ACTION", "SkipRecord");
            return t.add(validate) + "/taskProperties/VALIDATION_ACTION";
        });
        rule("PARTITION_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode partition = t.task("Mask", "MASK_ALL");
            partition.put("taskType", "Partition");
            partition.putObject("connectorOperator").put("Salesforce", "NO_OP");
            partition.remove("taskProperties");
            return t.add(partition);
        });
        rule("PROJECTION_COVERS_FIELDS", "Salesforce", "S3", "OnDemand", t -> {
            String map = t.first("Map");
            t.object(map).putArray("sourceFields").add("NotProjected");
            return map + "/sourceFields/0";
        });
        rule("DESTINATION_FIELD_UNIQUE", "Salesforce", "S3", "OnDemand", t -> {
            return t.add(t.object(t.first("Map")).deepCopy()) + "/destinationField";
        });
    }

    /**
     * The whitelist rule and each of its sub-rules: for every connector key a (sub-)rule constrains, an
     * operator the shapes allow for that key but the rule does not, used by a projection filter.
     */
    private static void operatorWhitelists() {
        JsonNode whitelist = Contracts.rule("tasks", "CONNECTOR_OPERATOR_WHITELIST");
        Map<String, String> keyByRule = new LinkedHashMap<>();
        collectWhitelistKeys(whitelist, "CONNECTOR_OPERATOR_WHITELIST", keyByRule);
        Map<String, String> typeByKey = new LinkedHashMap<>();
        ConnectorTablesView.sourceKeys().forEach((type, key) -> typeByKey.put(key, type));
        keyByRule.forEach((ruleId, key) -> {
            // operators a filter may carry (so the task type stays consistent) that this connector does not support;
            // when the connector supports them all, an operator name no connector knows
            List<String> forbidden = new ArrayList<>(allOperators());
            forbidden.retainAll(org.appflowcontracts.properties.gen.ConnectorTables.shipped().operatorsForTaskType("Filter"));
            forbidden.removeAll(org.appflowcontracts.properties.gen.ConnectorTables.shipped().operators(key));
            if (forbidden.isEmpty()) {
                forbidden.add("EQUALS");
            }
            rule(ruleId, typeByKey.get(key), "S3", "OnDemand", t -> {
                String operator = forbidden.get(t.random.nextInt(forbidden.size()));
                ObjectNode filter = t.flow.objectNode();
                filter.put("taskType", "Filter");
                filter.putArray("sourceFields").add("Id");
                filter.putObject("connectorOperator").put(key, operator);
                String pointer = t.add(filter);
                // a comparison operator also needs its values; give them so only the whitelist is broken
                ObjectNode properties = filter.putObject("taskProperties").put("DATA_TYPE", "integer");
                if ("BETWEEN".equals(operator)) {
                    properties.put("LOWER_BOUND", "1").put("UPPER_BOUND", "2");
                } else if (!"PROJECTION".equals(operator)) {
                    properties.put("VALUE", "1");
                } else {
                    filter.remove("taskProperties");
                }
                return pointer + "/connectorOperator/" + key;
            });
        });
    }

    /** The first connector key each rule node of the whitelist constrains with an enum of its own. */
    private static void collectWhitelistKeys(JsonNode node, String ruleId, Map<String, String> keyByRule) {
        if (node.isObject()) {
            String current = node.has("appflowRule") ? node.get("appflowRule").get("id").asString() : ruleId;
            JsonNode properties = node.get("properties");
            if (properties != null && !keyByRule.containsKey(current)) {
                for (String name : properties.propertyNames()) {
                    if (properties.get(name).has("enum") && ConnectorTablesView.sourceKeys().containsValue(name)) {
                        keyByRule.put(current, name);
                        break;
                    }
                }
            }
            for (String name : node.propertyNames()) {
                if (!"appflowRule".equals(name)) {
                    collectWhitelistKeys(node.get(name), current, keyByRule);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> collectWhitelistKeys(item, ruleId, keyByRule));
        }
    }

    /** Every operator any connector's operator enum names. */
    private static Set<String> allOperators() {
        Set<String> all = new LinkedHashSet<>();
        for (JsonNode member : Contracts.shape("ConnectorOperator").get("properties")) {
            all.addAll(Contracts.strings(Contracts.resolve(member).get("enum")));
        }
        return all;
    }

    private static void triggers() {
        rule("SCHEDULED_NEEDS_TRIGGER_PROPERTIES", "S3", "S3", "Scheduled", t -> {
            t.object("/triggerConfig").remove("triggerProperties");
            t.source().remove("incrementalPullConfig");
            return "/triggerConfig";
        });
        rule("TRIGGER_PROPERTIES_ONLY_FOR_SCHEDULED", "S3", "S3", "OnDemand", t -> {
            t.object("/triggerConfig").putObject("triggerProperties").putObject("Scheduled")
                    .put("scheduleExpression", "rate(1hours)");
            return "/triggerConfig/triggerProperties";
        });
        rule("SCHEDULE_EXPRESSION_SYNTAX", "S3", "S3", "Scheduled", t -> {
            t.scheduled().put("scheduleExpression", "every hour");
            return SCHEDULED + "/scheduleExpression";
        });
        rule("SCHEDULE_EXPRESSION_SYNTAX.cron-console", "S3", "S3", "Scheduled", t -> {
            t.scheduled().put("scheduleExpression", "cron(0 " + t.random.nextInt(24) + " * * ? *)");
            return SCHEDULED + "/scheduleExpression";
        });
        rule("SCHEDULE_RATE_PLURAL_UNIT", "S3", "S3", "Scheduled", t -> {
            t.scheduled().put("scheduleExpression", "rate(1hour)");
            return SCHEDULED + "/scheduleExpression";
        });
        rule("SCHEDULE_WINDOW_ORDER", "S3", "S3", "Scheduled", t -> {
            t.scheduled().put("scheduleStartTime", 1_767_225_600L);
            t.scheduled().put("scheduleEndTime", 1_767_225_600L - 1 - t.random.nextInt(100_000));
            return SCHEDULED + "/scheduleEndTime";
        });
        rule("FIRST_EXECUTION_FROM_USAGE", "S3", "S3", "Scheduled", t -> {
            t.scheduled().put("dataPullMode", "Complete");
            t.source().remove("incrementalPullConfig");
            t.scheduled().put("scheduleStartTime", 1_767_225_600L);
            t.scheduled().put("scheduleEndTime", 1_767_225_600L + 86_400);
            t.scheduled().put("firstExecutionFrom", 1_767_225_600L - 86_400);
            return SCHEDULED + "/firstExecutionFrom";
        });
        rule("FIRST_EXECUTION_FROM_USAGE.order", "S3", "S3", "Scheduled", t -> {
            t.scheduled().put("dataPullMode", "Incremental");
            t.source().putObject("incrementalPullConfig").put("datetimeTypeFieldName", "LastModifiedDate");
            t.scheduled().put("scheduleStartTime", 1_767_225_600L);
            t.scheduled().put("scheduleEndTime", 1_767_225_600L + 86_400);
            t.scheduled().put("firstExecutionFrom", 1_767_225_600L + 3_600);
            return SCHEDULED + "/scheduleStartTime";
        });
        rule("SCHEDULE_TIMEZONE_IS_LABEL", "S3", "S3", "Scheduled", t -> {
            t.scheduled().put("timezone", "UTC+" + (1 + t.random.nextInt(11)));
            return SCHEDULED + "/timezone";
        });
        rule("EVENT_TRIGGER_SOURCE", "S3", "S3", "OnDemand", t -> {
            t.object("/triggerConfig").put("triggerType", "Event");
            return SOURCE + "/connectorType";
        });
        rule("INCREMENTAL_CONFIG_CONTEXT", "S3", "S3", "OnDemand", t -> {
            t.source().putObject("incrementalPullConfig").put("datetimeTypeFieldName", "LastModifiedDate");
            return SOURCE + "/incrementalPullConfig";
        });
        rule("INCREMENTAL_TIMESTAMP_FIELD_HINT", "Salesforce", "S3", "Scheduled", t -> {
            t.scheduled().put("dataPullMode", "Incremental");
            t.source().putObject("incrementalPullConfig");
            return SOURCE + "/incrementalPullConfig";
        });
        rule("UPDATE_NO_KMS_NO_TAGS", "UpdateFlow", null, null, null, t -> {
            t.flow.put("kmsArn", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
            return "/kmsArn";
        });
        rule("UPDATE_IS_FULL_REPLACEMENT", "UpdateFlow", null, null, null, t -> {
            t.flow.remove("tasks");
            return "";
        });
    }

    private static void writeOperations() {
        rule("DEST_WRITE_OP_NEEDS_ID_FIELDS", "S3", "Salesforce", "OnDemand", t -> {
            t.object(t.destinationBlock()).put("writeOperationType", "UPSERT");
            return t.destinationBlock();
        });
        rule("DEST_ID_FIELDS_ONLY_FOR_KEYED_WRITES", "S3", "Salesforce", "OnDemand", t -> {
            t.object(t.destinationBlock()).putArray("idFieldNames").add("Id");
            return t.destinationBlock() + "/idFieldNames";
        });
        rule("SALESFORCE_SINGLE_ID_FIELD", "S3", "Salesforce", "OnDemand", t -> {
            t.object(t.destinationBlock()).put("writeOperationType", "UPSERT");
            t.object(t.destinationBlock()).putArray("idFieldNames").add("Id").add("Email");
            return t.destinationBlock() + "/idFieldNames";
        });
    }

    /** A source connector type whose operators lack the given one (flows from it use Map_all). */
    private static String sourceWithout(String operator) {
        for (Map.Entry<String, String> entry : ConnectorTablesView.sourceKeys().entrySet()) {
            if (!org.appflowcontracts.properties.gen.ConnectorTables.shipped().operators(entry.getValue()).contains(operator)) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("every source supports " + operator);
    }

    /** The first element of {@code from} that is not in {@code without}. */
    private static String only(Set<String> from, Set<String> without) {
        for (String candidate : from) {
            if (!without.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no candidate in " + from);
    }

    /** Read-only access to the connector key tables. */
    private static final class ConnectorTablesView {
        static Map<String, String> sourceKeys() {
            return org.appflowcontracts.properties.gen.ConnectorTables.shipped().sourceKeys();
        }
    }
}
