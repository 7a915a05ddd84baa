package org.appflowcontracts.export.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.appflowcontracts.export.ExportException;
import org.appflowcontracts.export.read.HttpOperation;
import org.appflowcontracts.export.read.MemberLocation;
import org.appflowcontracts.export.read.ServiceBindings;
import org.appflowcontracts.export.schema.References;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One operation object: its parameters (members bound to the path, query or headers), its JSON request body
 * (the other members, or the operation's contract), the 200 response and the modelled errors by status code.
 */
final class OperationEmitter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String JSON = "application/json";
    private static final Map<String, String> PARAMETER_PLACES = Map.of(
            "uri", "path", "querystring", "query", "header", "header");

    private final ServiceBindings service;
    private final References references;
    private final ObjectNode schemas;
    private final Map<String, String> contractBodies;

    OperationEmitter(ServiceBindings service, References references, ObjectNode schemas,
            Map<String, String> contractBodies) {
        this.service = service;
        this.references = references;
        this.schemas = schemas;
        this.contractBodies = contractBodies;
    }

    ObjectNode emit(HttpOperation operation) {
        ObjectNode emitted = NODES.objectNode();
        emitted.put("operationId", operation.name());
        emitted.set("tags", NODES.arrayNode().add(service.serviceId()));
        if (operation.input() != null) {
            ArrayNode parameters = parameters(operation.input());
            if (!parameters.isEmpty()) {
                emitted.set("parameters", parameters);
            }
            body(operation.name(), operation.input(), contractBodies.get(operation.name()))
                    .ifPresent(schema -> emitted.set("requestBody",
                            NODES.objectNode().put("required", true).set("content", json(schema))));
        }
        emitted.set("responses", responses(operation));
        return emitted;
    }

    private ArrayNode parameters(String shape) {
        ArrayNode parameters = NODES.arrayNode();
        JsonNode definition = schema(shape);
        for (var member : service.locationsOf(shape).entrySet()) {
            MemberLocation location = member.getValue();
            if (!location.isParameter()) {
                continue;
            }
            String place = PARAMETER_PLACES.get(location.kind());
            boolean required = place.equals("path") || contains(definition.path("required"), member.getKey());
            JsonNode memberSchema = definition.path("properties").path(member.getKey());
            parameters.addObject().put("name", location.name()).put("in", place).put("required", required)
                    .set("schema", memberSchema.deepCopy());
        }
        return parameters;
    }

    /** The body schema: the contract when there is one, else the shape, or its members left in the body. */
    private Optional<ObjectNode> body(String operation, String shape, String contract) {
        Map<String, MemberLocation> outside = service.locationsOf(shape);
        if (outside.isEmpty()) {
            return Optional.of(ref(contract != null ? contract : shape));
        }
        String bodyName = shape + "Body";
        if (schemas.has(bodyName)) {
            throw new ExportException(operation, "", "a shape is already named " + bodyName);
        }
        ObjectNode bodySchema = (ObjectNode) schema(shape).deepCopy();
        ObjectNode properties = bodySchema.get("properties") instanceof ObjectNode p ? p : null;
        outside.keySet().forEach(member -> {
            if (properties != null) {
                properties.remove(member);
            }
        });
        if (properties == null || properties.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode required = NODES.arrayNode();
        bodySchema.path("required").forEach(r -> {
            if (!outside.containsKey(r.asString())) {
                required.add(r);
            }
        });
        bodySchema.set("required", required);
        schemas.set(bodyName, bodySchema);
        return Optional.of(ref(bodyName));
    }

    private ObjectNode responses(HttpOperation operation) {
        ObjectNode responses = NODES.objectNode();
        ObjectNode success = responses.putObject("200").put("description", operation.name() + " succeeded");
        if (operation.output() != null && schema(operation.output()).path("properties").size()
                > service.locationsOf(operation.output()).size()) {
            success.set("content", json(ref(operation.output())));
        }
        Map<String, List<String>> byStatus = new TreeMap<>();
        for (String error : operation.errors()) {
            Integer status = service.errorStatus().get(error);
            byStatus.computeIfAbsent(status == null ? "default" : status.toString(), s -> new ArrayList<>()).add(error);
        }
        byStatus.forEach((status, errors) -> responses.set(status, error(errors)));
        return responses;
    }

    private ObjectNode error(List<String> errors) {
        ObjectNode response = NODES.objectNode().put("description", String.join(", ", errors));
        if (errors.size() == 1) {
            return response.set("content", json(ref(errors.get(0))));
        }
        ObjectNode oneOf = NODES.objectNode();
        ArrayNode choices = oneOf.putArray("oneOf");
        errors.forEach(e -> choices.add(ref(e)));
        return response.set("content", json(oneOf));
    }

    private JsonNode schema(String shape) {
        JsonNode definition = schemas.get(shape);
        if (definition == null) {
            throw new ExportException(shape, "", "the contracts folder has no shape " + shape);
        }
        return definition;
    }

    private ObjectNode ref(String component) {
        return NODES.objectNode().put("$ref", references.toShape(component));
    }

    private static ObjectNode json(ObjectNode schema) {
        ObjectNode content = NODES.objectNode();
        content.putObject(JSON).set("schema", schema);
        return content;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asString("").equals(value)) {
                return true;
            }
        }
        return false;
    }
}
