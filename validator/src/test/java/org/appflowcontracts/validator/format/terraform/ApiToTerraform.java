package org.appflowcontracts.validator.format.terraform;

import java.util.Map;
import org.appflowcontracts.validator.format.mapping.ApiShapes;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ListShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ObjectShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.Shape;
import org.appflowcontracts.validator.format.mapping.FormatMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test-only: writes an API request body as an {@code aws_appflow_flow} resource in HCL, the way a user would
 * write it for the aws provider (objects as nested blocks, lists of objects as repeated blocks, maps as HCL maps),
 * guided by the same shapes and mapping data the adapter reads.
 */
final class ApiToTerraform {

    private final ApiShapes shapes;
    private final FormatMapping mapping;

    ApiToTerraform(ApiShapes shapes, FormatMapping mapping) {
        this.shapes = shapes;
        this.mapping = mapping;
    }

    String resource(String name, JsonNode request) {
        StringBuilder out = new StringBuilder();
        out.append("resource \"").append(mapping.resourceType()).append("\" \"").append(name).append("\" {\n");
        body(mapping.requestShape(), request, 1, out);
        return out.append("}\n").toString();
    }

    /**
     * The request the provider sends for {@code request} written as HCL: an empty object is an empty block, which
     * the provider leaves out (an object holding only empty blocks is still sent, as an empty object), except the
     * block of a shape without members, which the mapping keeps.
     */
    JsonNode sent(JsonNode request) {
        ObjectNode copy = (ObjectNode) request.deepCopy();
        dropEmptyBlocks(mapping.requestShape(), copy);
        return copy;
    }

    private void dropEmptyBlocks(String shapeName, ObjectNode object) {
        ObjectShape shape = (ObjectShape) shapes.shape(shapeName);
        for (String apiName : java.util.List.copyOf(object.propertyNames())) {
            String memberShape = shape.members().get(apiName);
            Shape kind = memberShape == null ? null : shapes.shape(memberShape);
            JsonNode value = object.get(apiName);
            if (kind instanceof ObjectShape objectShape && value instanceof ObjectNode block) {
                if (block.isEmpty() && !objectShape.members().isEmpty()) {
                    object.remove(apiName);
                } else {
                    dropEmptyBlocks(memberShape, block);
                }
            } else if (kind instanceof ListShape list && value.isArray() && list.itemShape() != null
                    && shapes.shape(list.itemShape()) instanceof ObjectShape) {
                value.forEach(item -> dropEmptyBlocks(list.itemShape(), (ObjectNode) item));
            }
        }
    }

    private void body(String shapeName, JsonNode object, int depth, StringBuilder out) {
        ObjectShape shape = (ObjectShape) shapes.shape(shapeName);
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            String apiName = member.getKey();
            if (!mapping.inFormat(shapeName, apiName) || !shape.members().containsKey(apiName)) {
                continue;
            }
            String memberShape = shape.members().get(apiName);
            String fileName = mapping.fileName(shapeName, apiName);
            Shape kind = memberShape == null ? null : shapes.shape(memberShape);
            JsonNode value = member.getValue();
            if (kind instanceof ObjectShape && value.isObject()) {
                block(fileName, memberShape, value, depth, out);
            } else if (kind instanceof ListShape list && value.isArray() && list.itemShape() != null
                    && shapes.shape(list.itemShape()) instanceof ObjectShape) {
                value.forEach(item -> block(fileName, list.itemShape(), item, depth, out));
            } else {
                indent(depth, out).append(fileName).append(" = ").append(expression(value)).append('\n');
            }
        }
    }

    private void block(String name, String shapeName, JsonNode value, int depth, StringBuilder out) {
        indent(depth, out).append(name).append(" {\n");
        body(shapeName, value, depth + 1, out);
        indent(depth, out).append("}\n");
    }

    private static String expression(JsonNode value) {
        if (value.isString()) {
            return quoted(value.asString());
        }
        if (value.isArray()) {
            StringBuilder out = new StringBuilder("[");
            value.forEach(item -> out.append(out.length() > 1 ? ", " : "").append(expression(item)));
            return out.append(']').toString();
        }
        if (value.isObject()) {
            StringBuilder out = new StringBuilder("{");
            value.properties().forEach(e -> out.append(out.length() > 1 ? ", " : " ")
                    .append(quoted(e.getKey())).append(" = ").append(expression(e.getValue())));
            return out.append(value.isEmpty() ? "}" : " }").toString();
        }
        return value.toString();
    }

    private static String quoted(String text) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t").replace("${", "$${").replace("%{", "%%{");
        return "\"" + escaped + "\"";
    }

    private static StringBuilder indent(int depth, StringBuilder out) {
        return out.append("  ".repeat(depth));
    }
}
