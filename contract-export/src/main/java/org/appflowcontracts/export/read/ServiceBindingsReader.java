package org.appflowcontracts.export.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.appflowcontracts.export.ExportException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the HTTP bindings of a botocore service model (any rest-json or rest-xml service, not one in particular). */
public final class ServiceBindingsReader {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final String source;

    private ServiceBindingsReader(String source) {
        this.source = source;
    }

    public static ServiceBindings read(Path model) {
        try (InputStream in = Files.newInputStream(model)) {
            return new ServiceBindingsReader(model.toString()).bindings(MAPPER.readTree(in));
        } catch (IOException | JacksonException e) {
            throw new ExportException(model.toString(), "cannot read the service model: " + e.getMessage(), e);
        }
    }

    private ServiceBindings bindings(JsonNode root) {
        JsonNode metadata = object(root.path("metadata"), "/metadata");
        List<HttpOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : object(root.path("operations"), "/operations").properties()) {
            operations.add(operation(entry.getKey(), entry.getValue(), "/operations/" + entry.getKey()));
        }
        Map<String, Integer> errorStatus = new TreeMap<>();
        Map<String, Map<String, MemberLocation>> locations = new TreeMap<>();
        for (Map.Entry<String, JsonNode> shape : object(root.path("shapes"), "/shapes").properties()) {
            JsonNode status = shape.getValue().path("error").path("httpStatusCode");
            if (status.isIntegralNumber()) {
                errorStatus.put(shape.getKey(), status.intValue());
            }
            Map<String, MemberLocation> members = locations(shape.getValue());
            if (!members.isEmpty()) {
                locations.put(shape.getKey(), members);
            }
        }
        return new ServiceBindings(text(metadata, "serviceFullName", "/metadata"),
                text(metadata, "apiVersion", "/metadata"), text(metadata, "serviceId", "/metadata"),
                text(metadata, "endpointPrefix", "/metadata"), operations, errorStatus, locations);
    }

    private HttpOperation operation(String name, JsonNode operation, String pointer) {
        JsonNode http = object(operation.path("http"), pointer + "/http");
        String uri = text(http, "requestUri", pointer + "/http");
        int query = uri.indexOf('?');
        List<String> errors = new ArrayList<>();
        operation.path("errors").forEach(error -> errors.add(error.path("shape").asString()));
        return new HttpOperation(name, text(http, "method", pointer + "/http"),
                query < 0 ? uri : uri.substring(0, query), shapeOf(operation.get("input")),
                shapeOf(operation.get("output")), errors);
    }

    private static String shapeOf(JsonNode reference) {
        return reference == null || !reference.path("shape").isString() ? null : reference.get("shape").stringValue();
    }

    private static Map<String, MemberLocation> locations(JsonNode shape) {
        Map<String, MemberLocation> members = new TreeMap<>();
        for (Map.Entry<String, JsonNode> member : shape.path("members").properties()) {
            JsonNode location = member.getValue().get("location");
            if (location != null && location.isString()) {
                JsonNode wireName = member.getValue().get("locationName");
                members.put(member.getKey(), new MemberLocation(location.stringValue(),
                        wireName != null && wireName.isString() ? wireName.stringValue() : member.getKey()));
            }
        }
        return members;
    }

    private JsonNode object(JsonNode node, String pointer) {
        if (!node.isObject()) {
            throw new ExportException(source, pointer, "an object is required");
        }
        return node;
    }

    private String text(JsonNode node, String field, String pointer) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new ExportException(source, pointer + "/" + field, "a string is required");
        }
        return value.stringValue();
    }
}
