package org.appflowcontracts.properties.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Well-formed transformation tasks (comparison filter, arithmetic, mask, validate, truncate) for a source
 * connector. The operator is drawn from what both the connector ({@link ConnectorTables#operators}) and the
 * task type ({@link ConnectorTables#operatorsForTaskType}) allow; a task type with no such operator yields none.
 */
public final class TaskTemplates {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ConnectorTables tables = ConnectorTables.shipped();
    private final Random random;

    public TaskTemplates(Random random) {
        this.random = random;
    }

    /** Operators usable by a task of this type for this connector key. */
    public List<String> usable(String taskType, String operatorKey) {
        List<String> operators = new ArrayList<>(tables.operatorsForTaskType(taskType));
        operators.retainAll(tables.operators(operatorKey));
        operators.remove("PROJECTION");
        return operators;
    }

    /** A task of the type over the given fields (the first one or two are used), or empty when none fits. */
    public Optional<ObjectNode> task(String taskType, String operatorKey, List<String> fields) {
        List<String> operators = usable(taskType, operatorKey);
        if (operators.isEmpty() || ("Arithmetic".equals(taskType) && fields.size() < 2)) {
            return Optional.empty();
        }
        String operator = operators.get(random.nextInt(operators.size()));
        return Optional.of(task(taskType, operatorKey, operator, fields));
    }

    /** A well-formed task of the type with this operator. */
    public ObjectNode task(String taskType, String operatorKey, String operator, List<String> fields) {
        ObjectNode task = NODES.objectNode();
        task.put("taskType", taskType);
        String field = fields.get(0);
        task.putArray("sourceFields").add(field);
        task.putObject("connectorOperator").put(operatorKey, operator);
        ObjectNode properties = task.putObject("taskProperties");
        switch (taskType) {
            case "Filter" -> {
                properties.put("DATA_TYPE", "integer");
                if ("BETWEEN".equals(operator)) {
                    int lower = random.nextInt(100);
                    properties.put("LOWER_BOUND", String.valueOf(lower));
                    properties.put("UPPER_BOUND", String.valueOf(lower + random.nextInt(100)));
                } else {
                    properties.put("VALUE", String.valueOf(random.nextInt(1000)));
                }
            }
            case "Arithmetic" -> {
                task.withArray("sourceFields").add(fields.get(1));
                task.put("destinationField", field + "_" + operator.toLowerCase());
                properties.put("MATH_OPERATION_FIELDS_ORDER", field + "," + fields.get(1));
            }
            case "Mask" -> {
                properties.put("MASK_VALUE", "*");
                if (!"MASK_ALL".equals(operator)) {
                    properties.put("MASK_LENGTH", String.valueOf(1 + random.nextInt(9)));
                }
            }
            case "Validate" -> properties.put("VALIDATION_ACTION",
                    List.of("DropRecord", "DropDataset", "TerminateFlow").get(random.nextInt(3)));
            case "Truncate" -> properties.put("TRUNCATE_LENGTH", String.valueOf(1 + random.nextInt(255)));
            default -> throw new IllegalArgumentException(taskType);
        }
        return task;
    }
}
