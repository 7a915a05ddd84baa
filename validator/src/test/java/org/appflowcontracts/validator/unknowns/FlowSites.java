package org.appflowcontracts.validator.unknowns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every value of a document below its root, by JSON Pointer, and copies of the document with one value replaced. */
final class FlowSites {

    /** One value: its pointer and the member names / array indexes leading to it. */
    record Site(String pointer, List<Object> steps) {

        /** Whether {@code other} is this pointer, under it, or one of its ancestors. */
        boolean related(String other) {
            return other.equals(pointer) || other.startsWith(pointer + "/") || pointer.startsWith(other + "/")
                    || other.isEmpty();
        }
    }

    private FlowSites() {}

    /** Every value except the root, in document order (objects and arrays included). */
    static List<Site> of(JsonNode root) {
        List<Site> out = new ArrayList<>();
        collect(root, "", List.of(), out);
        return out;
    }

    private static void collect(JsonNode node, String pointer, List<Object> steps, List<Site> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String child = pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
                List<Object> childSteps = append(steps, member.getKey());
                out.add(new Site(child, childSteps));
                collect(member.getValue(), child, childSteps, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = pointer + "/" + i;
                List<Object> childSteps = append(steps, i);
                out.add(new Site(child, childSteps));
                collect(node.get(i), child, childSteps, out);
            }
        }
    }

    private static List<Object> append(List<Object> steps, Object step) {
        List<Object> out = new ArrayList<>(steps);
        out.add(step);
        return List.copyOf(out);
    }

    /** A deep copy of {@code root} with the value at {@code site} replaced by {@code value}. */
    static JsonNode replaced(JsonNode root, Site site, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        List<Object> steps = site.steps();
        for (Object step : steps.subList(0, steps.size() - 1)) {
            parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer i) {
            ((ArrayNode) parent).set(i, value);
        } else {
            ((ObjectNode) parent).replace((String) last, value);
        }
        return copy;
    }
}
