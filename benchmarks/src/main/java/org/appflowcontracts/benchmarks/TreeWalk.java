package org.appflowcontracts.benchmarks;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Visits every node of a tree and reads every member name and string, so the JIT cannot skip the walk. */
final class TreeWalk {

    private TreeWalk() {}

    static long visit(JsonNode node) {
        if (node.isObject()) {
            long sum = 0;
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                sum += member.getKey().length() + visit(member.getValue());
            }
            return sum;
        }
        if (node.isArray()) {
            long sum = 0;
            for (int i = 0; i < node.size(); i++) {
                sum += visit(node.get(i));
            }
            return sum;
        }
        return node.isString() ? node.stringValue().length() : 1;
    }
}
