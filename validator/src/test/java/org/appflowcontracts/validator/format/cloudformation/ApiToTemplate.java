package org.appflowcontracts.validator.format.cloudformation;

import java.util.Map;
import org.appflowcontracts.validator.format.mapping.ApiShapes;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ListShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.MapShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ObjectShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.Shape;
import org.appflowcontracts.validator.format.mapping.FormatMapping;
import org.appflowcontracts.validator.format.mapping.Reshape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes an API request body as a CloudFormation template, with the same mapping data the adapter reads templates
 * with, used backwards. Members the format cannot express are left out; everything else is written as the API has
 * it (so a request the contract rejects gives a template with the same mistake).
 */
final class ApiToTemplate {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiShapes shapes = ApiShapes.shipped();
    private final FormatMapping mapping = FormatMapping.shipped(CloudFormationAdapter.FORMAT);

    /** A template with one flow resource named {@code logicalId} whose Properties declare {@code request}. */
    ObjectNode template(JsonNode request, String logicalId) {
        ObjectNode resource = NODES.objectNode();
        resource.put("Type", mapping.resourceType());
        resource.set("Properties", value(mapping.requestShape(), request));
        ObjectNode template = NODES.objectNode();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.putObject("Resources").set(logicalId, resource);
        return template;
    }

    String json(JsonNode request, String logicalId) {
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsString(template(request, logicalId));
    }

    String yaml(JsonNode request, String logicalId) {
        return YAMLMapper.builder().build().writeValueAsString(template(request, logicalId));
    }

    /** The request as the template will give it back: without the members the format cannot express. */
    JsonNode expressible(JsonNode request) {
        return stripped(mapping.requestShape(), request);
    }

    private JsonNode value(String shapeName, JsonNode api) {
        Shape shape = shapeName == null ? null : shapes.shape(shapeName);
        if (shape instanceof ObjectShape object && api.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Map.Entry<String, JsonNode> member : api.properties()) {
                String name = member.getKey();
                if (!object.members().containsKey(name) || !mapping.inFormat(object.name(), name)) {
                    continue;
                }
                String memberShape = object.members().get(name);
                Reshape reshape = mapping.reshape(object.name(), name).orElse(null);
                if (!expressible(reshape, member.getValue())) {
                    continue;
                }
                out.set(mapping.fileName(object.name(), name), reshaped(reshape, memberShape, member.getValue()));
            }
            return out;
        }
        if (shape instanceof MapShape map && api.isObject()) {
            ObjectNode out = NODES.objectNode();
            api.properties().forEach(e -> out.set(e.getKey(), value(map.valueShape(), e.getValue())));
            return out;
        }
        if (shape instanceof ListShape list && api.isArray()) {
            ArrayNode out = NODES.arrayNode();
            api.forEach(item -> out.add(value(list.itemShape(), item)));
            return out;
        }
        return api;
    }

    private JsonNode reshaped(Reshape reshape, String shapeName, JsonNode api) {
        if (reshape instanceof Reshape.KeyValueList list && api.isObject()) {
            ArrayNode entries = NODES.arrayNode();
            String valueShape = ((MapShape) shapes.shape(shapeName)).valueShape();
            api.properties().forEach(e -> entries.addObject().put(list.key(), e.getKey())
                    .set(list.value(), value(valueShape, e.getValue())));
            return entries;
        }
        if (reshape instanceof Reshape.Wrap wrap && api.isObject() && api.has(wrap.member())) {
            return value(shapes.memberShape(shapeName, wrap.member()).orElse(null), api.get(wrap.member()));
        }
        if (reshape instanceof Reshape.BlockList) {
            return NODES.arrayNode().add(value(shapeName, api));
        }
        return value(shapeName, api);
    }

    /** A wrapping object without the member it wraps (an empty triggerProperties) has no file spelling. */
    private static boolean expressible(Reshape reshape, JsonNode api) {
        return !(reshape instanceof Reshape.Wrap wrap && api.isObject() && !api.has(wrap.member()));
    }

    private JsonNode stripped(String shapeName, JsonNode api) {
        Shape shape = shapeName == null ? null : shapes.shape(shapeName);
        if (shape instanceof ObjectShape object && api.isObject()) {
            ObjectNode out = NODES.objectNode();
            api.properties().forEach(e -> {
                if (object.members().containsKey(e.getKey()) && mapping.inFormat(object.name(), e.getKey())
                        && expressible(mapping.reshape(object.name(), e.getKey()).orElse(null), e.getValue())) {
                    out.set(e.getKey(), stripped(object.members().get(e.getKey()), e.getValue()));
                }
            });
            return out;
        }
        if (shape instanceof MapShape map && api.isObject()) {
            ObjectNode out = NODES.objectNode();
            api.properties().forEach(e -> out.set(e.getKey(), stripped(map.valueShape(), e.getValue())));
            return out;
        }
        if (shape instanceof ListShape list && api.isArray()) {
            ArrayNode out = NODES.arrayNode();
            api.forEach(item -> out.add(stripped(list.itemShape(), item)));
            return out;
        }
        return api;
    }
}
