package org.appflowcontracts.properties.mutate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.appflowcontracts.properties.gen.ConnectorTables;
import org.appflowcontracts.properties.gen.TaskTemplates;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The request a mutator edits, with short-hands for the places rules look at. */
public final class Target {

    static final String SOURCE = "/sourceFlowConfig";
    static final String DESTINATION = "/destinationFlowConfigList/0";
    static final String SCHEDULED = "/triggerConfig/triggerProperties/Scheduled";

    final ObjectNode flow;
    final Random random;
    final TaskTemplates templates;

    Target(ObjectNode flow, Random random) {
        this.flow = flow;
        this.random = random;
        this.templates = new TaskTemplates(random);
    }

    ObjectNode object(String pointer) {
        JsonNode node = flow.at(pointer);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalStateException("no object at " + pointer + " in " + flow);
        }
        return object;
    }

    ObjectNode source() {
        return object(SOURCE);
    }

    ObjectNode destination() {
        return object(DESTINATION);
    }

    String sourceKey() {
        return source().get("sourceConnectorProperties").propertyNames().iterator().next();
    }

    String destinationKey() {
        return destination().get("destinationConnectorProperties").propertyNames().iterator().next();
    }

    /** Pointer of the source connector's properties block. */
    String sourceBlock() {
        return SOURCE + "/sourceConnectorProperties/" + sourceKey();
    }

    /** Pointer of the destination connector's properties block. */
    String destinationBlock() {
        return DESTINATION + "/destinationConnectorProperties/" + destinationKey();
    }

    ObjectNode scheduled() {
        return object(SCHEDULED);
    }

    ArrayNode tasks() {
        return (ArrayNode) flow.get("tasks");
    }

    /** Appends a task and returns its pointer. */
    String add(ObjectNode task) {
        tasks().add(task);
        return "/tasks/" + (tasks().size() - 1);
    }

    /** Pointer of the first task of the type. */
    String first(String taskType) {
        for (int i = 0; i < tasks().size(); i++) {
            if (taskType.equals(tasks().get(i).path("taskType").asString(""))) {
                return "/tasks/" + i;
            }
        }
        throw new IllegalStateException("no " + taskType + " task in " + flow);
    }

    /** The fields the projection reads. */
    List<String> projected() {
        List<String> fields = new ArrayList<>();
        object(first("Filter")).get("sourceFields").forEach(f -> fields.add(f.asString()));
        if (fields.size() == 1) {
            fields.add(fields.get(0));
        }
        return fields;
    }

    /** A well-formed task of the type for the flow's source connector. */
    ObjectNode task(String taskType, String operator) {
        return templates.task(taskType, sourceKey(), operator, projected());
    }

    static ConnectorTables tables() {
        return ConnectorTables.shipped();
    }
}
