package org.appflowcontracts.validator.format.terraform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.parse.Position;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the JSON that {@code terraform show -json PLAN} prints. A flow's values come from
 * {@code planned_values} (the root module and its child modules, at any depth); a value the plan knows only after
 * apply is marked {@code true} in the {@code after_unknown} of the resource's change and becomes an unknown
 * node. An argument the plan shows as {@code null} is not set. Positions are those of the plan file.
 */
public final class TerraformPlanReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String AFTER_APPLY = "known after apply";

    private TerraformPlanReader() {
    }

    public static LocatedDocument parse(byte[] content) throws InputException {
        LocatedDocument plan = LocatedParser.parse(content, LocatedParser.Syntax.JSON);
        requirePlannedValues(plan);
        return plan;
    }

    /**
     * Refuses a plan without a {@code planned_values} object (every plan 'terraform show -json' prints has one): its
     * flows cannot be read, and passing it would say they were checked. Located at the member when it is there.
     */
    public static void requirePlannedValues(LocatedDocument plan) throws InputException {
        if (plan.root().path("planned_values").isObject()) {
            return;
        }
        Position at = plan.root().has("planned_values") ? plan.positionOf("/planned_values") : null;
        throw new InputException("not a Terraform plan: the JSON of 'terraform show -json' has planned_values",
                at == null ? 1 : at.line(), at == null ? 1 : at.column(), null);
    }

    /** The flow resources the plan creates or keeps. */
    public static List<TerraformResource> resources(LocatedDocument plan) {
        Map<String, JsonNode> afterUnknown = new HashMap<>();
        for (JsonNode change : plan.root().path("resource_changes")) {
            afterUnknown.put(change.path("address").asString(""), change.path("change").path("after_unknown"));
        }
        List<TerraformResource> found = new ArrayList<>();
        module(plan.root().path("planned_values").path("root_module"), "/planned_values/root_module", afterUnknown,
                found);
        return found;
    }

    private static void module(JsonNode module, String pointer, Map<String, JsonNode> afterUnknown,
            List<TerraformResource> found) {
        // Lists only: size() and get(i) of an object would count its members and find none of them.
        JsonNode resources = listOrEmpty(module.path("resources"));
        for (int i = 0; i < resources.size(); i++) {
            JsonNode resource = resources.get(i);
            String type = resource.path("type").asString("");
            if (TerraformResources.FLOW_TYPES.contains(type) && "managed".equals(resource.path("mode").asString(""))
                    && resource.path("values").isObject()) {
                String address = resource.path("address").asString(type);
                JsonNode body = overlay(withoutNulls(resource.get("values")), afterUnknown.get(address));
                String bodyPointer = JsonPointers.append(JsonPointers.append(pointer, "resources"), i) + "/values";
                found.add(new TerraformResource(address, type, body, bodyPointer));
            }
        }
        JsonNode children = listOrEmpty(module.path("child_modules"));
        for (int i = 0; i < children.size(); i++) {
            module(children.get(i), JsonPointers.append(pointer + "/child_modules", i), afterUnknown, found);
        }
    }

    private static JsonNode listOrEmpty(JsonNode node) {
        return node.isArray() ? node : NODES.arrayNode();
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (!member.getValue().isNull()) {
                    copy.set(member.getKey(), withoutNulls(member.getValue()));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(item -> copy.add(withoutNulls(item)));
            return copy;
        }
        return node;
    }

    /** {@code value} with every place {@code unknown} marks {@code true} replaced by an unknown node. */
    static JsonNode overlay(JsonNode value, JsonNode unknown) {
        if (unknown == null || unknown.isMissingNode()) {
            return value;
        }
        if (unknown.isBoolean()) {
            return unknown.asBoolean() ? Unknowns.unknown(AFTER_APPLY) : value;
        }
        if (unknown.isObject() && (value == null || value.isObject())) {
            ObjectNode result = value == null ? NODES.objectNode() : (ObjectNode) value;
            for (Map.Entry<String, JsonNode> member : unknown.properties()) {
                JsonNode replaced = overlay(result.get(member.getKey()), member.getValue());
                if (replaced != null) {
                    result.set(member.getKey(), replaced);
                }
            }
            // An absent value whose marks are all false stays absent.
            return value == null && result.isEmpty() ? null : result;
        }
        if (unknown.isArray() && value != null && value.isArray()) {
            ArrayNode result = (ArrayNode) value;
            for (int i = 0; i < unknown.size() && i < result.size(); i++) {
                result.set(i, overlay(result.get(i), unknown.get(i)));
            }
        }
        return value;
    }
}
