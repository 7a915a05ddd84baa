package org.appflowcontracts.properties.mutate;

import static org.appflowcontracts.properties.mutate.MutatorRegistry.sourceWithout;

import java.util.Iterator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Rules on the task list: coverage, operators, filters and each task type's shape. */
final class TaskMutators {

    private TaskMutators() {
    }

    static void register(MutatorRegistry r) {
        coverage(r);
        operators(r);
        filters(r);
        maps(r);
        shapes(r);
        fieldShapes(r);
        crossTask(r);
    }

    private static void coverage(MutatorRegistry r) {
        r.rule("TASKS_NEED_PROJECTION_OR_MAP_ALL", "Salesforce", "S3", "OnDemand", t -> {
            t.tasks().remove(0);
            for (Iterator<JsonNode> it = t.tasks().iterator(); it.hasNext();) {
                if (!"Map".equals(it.next().path("taskType").asString(""))) {
                    it.remove();
                }
            }
            return "/tasks";
        });
        r.rule("TASKS_NEED_PROJECTION_OR_MAP_ALL.s3-source", "S3", "S3", "OnDemand", t -> {
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
    }

    private static void operators(MutatorRegistry r) {
        r.rule("CONNECTOR_OPERATOR_ONE_KEY", "Salesforce", "S3", "OnDemand", t -> {
            String map = t.first("Map");
            t.object(map + "/connectorOperator").put("Marketo", "NO_OP");
            return map + "/connectorOperator";
        });
        r.rule("CONNECTOR_OPERATOR_KEY_IS_SOURCE", "Salesforce", "S3", "OnDemand", t -> {
            String map = t.first("Map");
            t.object(map).putObject("connectorOperator").put("Marketo", "NO_OP");
            return map + "/connectorOperator/Marketo";
        });
        r.rule("TASK_TYPE_OPERATOR_COMPAT", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode mask = t.task("Mask", "MASK_ALL");
            mask.remove("connectorOperator");
            return t.add(mask);
        });
        r.rule("TASK_TYPE_OPERATOR_COMPAT.filter-operator-omitted", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode filter = t.task("Filter", "EQUAL_TO");
            filter.remove("connectorOperator");
            return t.add(filter);
        });
        r.rule("TASK_TYPE_OPERATOR_COMPAT.no-op-omitted", "Salesforce", "S3", "OnDemand", t -> {
            String map = t.first("Map");
            t.object(map).remove("connectorOperator");
            return map;
        });
    }

    private static void filters(MutatorRegistry r) {
        r.rule("TASK_PROPERTY_KEYS_BY_TYPE", "Salesforce", "S3", "OnDemand", t -> {
            String map = t.first("Map");
            t.object(map).putObject("taskProperties").put("VALUE", "x");
            return map + "/taskProperties/VALUE";
        });
        r.rule("PROJECTION_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            t.object("/tasks/0").putObject("taskProperties").put("DATA_TYPE", "string");
            return "/tasks/0/taskProperties";
        });
        r.rule("FILTER_CONDITION_PROPERTIES", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode filter = t.task("Filter", "EQUAL_TO");
            ((ObjectNode) filter.get("taskProperties")).remove("VALUE");
            return t.add(filter) + "/taskProperties";
        });
        r.rule("FILTER_CONDITION_PROPERTIES.data-type", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode filter = t.task("Filter", "EQUAL_TO");
            ((ObjectNode) filter.get("taskProperties")).remove("DATA_TYPE");
            return t.add(filter) + "/taskProperties";
        });
        r.rule("FILTER_BETWEEN_BOUNDS_ORDER", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode filter = t.task("Filter", "BETWEEN");
            ((ObjectNode) filter.get("taskProperties")).put("LOWER_BOUND", "50").put("UPPER_BOUND", "10");
            return t.add(filter) + "/taskProperties/UPPER_BOUND";
        });
        r.rule("FILTER_NUMBER_MAGNITUDE", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode filter = t.task("Filter", "BETWEEN");
            // An exponent of seven to twelve digits: beyond a million, no number means anything.
            String exponent = "1" + "0".repeat(6 + t.random.nextInt(6));
            ((ObjectNode) filter.get("taskProperties")).put("LOWER_BOUND", "1").put("UPPER_BOUND", "2e" + exponent);
            return t.add(filter) + "/taskProperties/UPPER_BOUND";
        });
        r.rule("FILTER_TEMPORAL_VALUES_MILLIS", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode filter = t.task("Filter", "EQUAL_TO");
            ObjectNode properties = (ObjectNode) filter.get("taskProperties");
            properties.remove("VALUE");
            properties.put("DATA_TYPE", "date").put("VALUES", String.valueOf(1_767_225_600L + 86_400L * t.random.nextInt(300)));
            return t.add(filter) + "/taskProperties/VALUES";
        });
    }

    private static void maps(MutatorRegistry r) {
        r.rule("MAP_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            String map = t.first("Map");
            t.object(map).withArray("sourceFields").add(t.projected().get(1));
            return map + "/sourceFields";
        });
        r.rule("MAP_TASK_SHAPE.destination-field", "Salesforce", "S3", "OnDemand", t -> {
            String map = t.first("Map");
            t.object(map).remove("destinationField");
            return map;
        });
        String mapAllSource = sourceWithout("PROJECTION");
        r.rule("MAP_ALL_TASK_SHAPE", mapAllSource, "S3", "OnDemand", t -> {
            t.object(t.first("Map_all") + "/taskProperties").put("EXCLUDE_SOURCE_FIELDS_LIST", "Id");
            return t.first("Map_all") + "/taskProperties/EXCLUDE_SOURCE_FIELDS_LIST";
        });
        r.rule("MAP_ALL_TASK_SHAPE.source-fields", mapAllSource, "S3", "OnDemand", t -> {
            t.object(t.first("Map_all")).withArray("sourceFields").add("Id");
            return t.first("Map_all") + "/sourceFields";
        });
        r.rule("MAP_ALL_TASK_SHAPE.single", mapAllSource, "S3", "OnDemand", t -> {
            t.tasks().add(t.object(t.first("Map_all")).deepCopy());
            return "/tasks";
        });
    }

    private static void shapes(MutatorRegistry r) {
        r.rule("MERGE_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode merge = t.task("Arithmetic", "ADDITION");
            merge.put("taskType", "Merge");
            merge.putObject("connectorOperator").put("Salesforce", "NO_OP");
            merge.putObject("taskProperties");
            return t.add(merge) + "/taskProperties";
        });
        r.rule("ARITHMETIC_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode arithmetic = t.task("Arithmetic", "ADDITION");
            ((ObjectNode) arithmetic.get("taskProperties")).remove("MATH_OPERATION_FIELDS_ORDER");
            return t.add(arithmetic) + "/taskProperties";
        });
        r.rule("ARITHMETIC_TASK_SHAPE.fields-order", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode arithmetic = t.task("Arithmetic", "SUBTRACTION");
            ((ObjectNode) arithmetic.get("taskProperties")).put("MATH_OPERATION_FIELDS_ORDER",
                    t.projected().get(0) + ",Unrelated");
            return t.add(arithmetic) + "/taskProperties/MATH_OPERATION_FIELDS_ORDER";
        });
    }

    private static void fieldShapes(MutatorRegistry r) {
        r.rule("TRUNCATE_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode truncate = t.task("Mask", "MASK_ALL");
            truncate.put("taskType", "Truncate");
            truncate.putObject("connectorOperator").put("Salesforce", "NO_OP");
            truncate.putObject("taskProperties").put("TRUNCATE_LENGTH", "0");
            return t.add(truncate) + "/taskProperties/TRUNCATE_LENGTH";
        });
        r.rule("MASK_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode mask = t.task("Mask", "MASK_FIRST_N");
            ((ObjectNode) mask.get("taskProperties")).remove("MASK_LENGTH");
            return t.add(mask) + "/taskProperties";
        });
        r.rule("VALIDATE_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode validate = t.task("Validate", "VALIDATE_NON_NULL");
            validate.remove("taskProperties");
            return t.add(validate);
        });
        r.rule("VALIDATE_TASK_SHAPE.action", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode validate = t.task("Validate", "VALIDATE_NON_NULL");
            ((ObjectNode) validate.get("taskProperties")).put("VALIDATION_ACTION", "SkipRecord");
            return t.add(validate) + "/taskProperties/VALIDATION_ACTION";
        });
        r.rule("PARTITION_TASK_SHAPE", "Salesforce", "S3", "OnDemand", t -> {
            ObjectNode partition = t.task("Mask", "MASK_ALL");
            partition.put("taskType", "Partition");
            partition.putObject("connectorOperator").put("Salesforce", "NO_OP");
            partition.remove("taskProperties");
            return t.add(partition);
        });
    }

    private static void crossTask(MutatorRegistry r) {
        r.rule("PROJECTION_COVERS_FIELDS", "Salesforce", "S3", "OnDemand", t -> {
            String map = t.first("Map");
            t.object(map).putArray("sourceFields").add("NotProjected");
            return map + "/sourceFields/0";
        });
        r.rule("DESTINATION_FIELD_UNIQUE", "Salesforce", "S3", "OnDemand", t -> {
            return t.add(t.object(t.first("Map")).deepCopy()) + "/destinationField";
        });
    }
}
