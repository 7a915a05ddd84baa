package org.appflowcontracts.validator.format.cloudformation;

import java.util.Map;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.format.mapping.FileValues;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The value a template gives a resource property, as far as the template alone fixes it. A function
 * ({@code Ref}, {@code Fn::...}, {@code Condition}) is unknown as a whole, with one exception: a {@code Ref} to a
 * parameter whose {@code AllowedValues} has exactly one entry is that entry, the only value a deployment can give
 * it. A parameter's {@code Default} is not used: every deployment may override it. A member set to
 * {@code Ref: AWS::NoValue} is absent; a list item set to it makes the list unknown (the items after it move).
 */
final class TemplateValues implements FileValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NO_VALUE = "AWS::NoValue";
    /** How much of a function's text an unknown keeps, for people reading it. */
    private static final int ORIGIN_LENGTH = 80;

    private final JsonNode parameters;

    TemplateValues(JsonNode parameters) {
        this.parameters = parameters == null ? NODES.objectNode() : parameters;
    }

    /**
     * The value with every function replaced; null for a value that is absent ({@code AWS::NoValue}). A part
     * without functions is returned as it is, not copied (most of a template's values are plain).
     */
    @Override
    public JsonNode resolve(JsonNode value) {
        if (isFunction(value)) {
            return function(value);
        }
        if (value.isObject()) {
            return resolveMembers(value);
        }
        if (value.isArray()) {
            return resolveItems(value);
        }
        return value;
    }

    private JsonNode resolveMembers(JsonNode object) {
        ObjectNode out = null;
        int index = 0;
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            JsonNode resolved = resolve(member.getValue());
            if (out == null && resolved != member.getValue()) {
                out = copyOfFirst(object, index);
            }
            if (out != null && resolved != null) {
                out.set(member.getKey(), resolved);
            }
            index++;
        }
        return out == null ? object : out;
    }

    private static ObjectNode copyOfFirst(JsonNode object, int count) {
        ObjectNode copy = NODES.objectNode();
        int index = 0;
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            if (index++ == count) {
                break;
            }
            copy.set(member.getKey(), member.getValue());
        }
        return copy;
    }

    private JsonNode resolveItems(JsonNode array) {
        ArrayNode out = null;
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            JsonNode resolved = resolve(item);
            if (resolved == null) {
                return Unknowns.unknown("a list with an item set to " + NO_VALUE);
            }
            if (out == null && resolved != item) {
                out = NODES.arrayNode();
                for (int j = 0; j < i; j++) {
                    out.add(array.get(j));
                }
            }
            if (out != null) {
                out.add(resolved);
            }
        }
        return out == null ? array : out;
    }

    @Override
    public boolean isCall(JsonNode value) {
        return isFunction(value);
    }

    @Override
    public JsonNode callValue(JsonNode call) {
        return function(call);
    }

    /** Whether {@code value} is a function call: an object whose single member is a function name. */
    static boolean isFunction(JsonNode value) {
        if (!value.isObject() || value.size() != 1) {
            return false;
        }
        String name = value.propertyNames().iterator().next();
        return name.equals("Ref") || name.equals("Condition") || name.startsWith("Fn::");
    }

    private JsonNode function(JsonNode call) {
        JsonNode ref = call.get("Ref");
        if (ref != null && ref.isString()) {
            if (ref.asString().equals(NO_VALUE)) {
                return null;
            }
            JsonNode pinned = pinnedParameter(ref.asString());
            if (pinned != null) {
                return pinned;
            }
        }
        return Unknowns.unknown(CallText.of(call, ORIGIN_LENGTH));
    }

    /** The one value a parameter can take, or null when a deployment can choose it. */
    private JsonNode pinnedParameter(String name) {
        JsonNode parameter = parameters.get(name);
        JsonNode allowed = parameter == null ? null : parameter.get("AllowedValues");
        if (allowed == null || !allowed.isArray() || allowed.size() != 1 || !allowed.get(0).isValueNode()) {
            return null;
        }
        JsonNode only = allowed.get(0);
        String type = parameter.path("Type").asString("String");
        if (type.equals("Number")) {
            return only.isNumber() ? only : numberOrNull(only.asString());
        }
        return type.equals("String") ? NODES.stringNode(only.asString()) : null;
    }

    private static JsonNode numberOrNull(String text) {
        try {
            return NODES.numberNode(new java.math.BigDecimal(text));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
