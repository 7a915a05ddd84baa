package org.appflowcontracts.validator.parse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Positions recorded as the parser meets the values: the root first, then every member and array item in
 * document order (a member where its name starts, an item where it starts). Parsing stores two ints per value;
 * the JSON Pointers are worked out only when a position is asked for, by walking the tree in the same order, so a
 * valid document never pays for them. The tree must therefore stay as parsed: positions of a tree changed
 * afterwards would be read in the wrong order.
 */
public final class DocumentOrderPositions implements PositionIndex {

    private final JsonNode root;
    private final int[] lines;
    private final int[] columns;
    private volatile Map<String, Integer> orderByPointer;

    private DocumentOrderPositions(JsonNode root, int[] lines, int[] columns) {
        this.root = root;
        this.lines = lines;
        this.columns = columns;
    }

    @Override
    public Position exact(String pointer) {
        Integer order = pointers().get(pointer);
        return order == null || order >= lines.length ? null : new Position(lines[order], columns[order]);
    }

    private Map<String, Integer> pointers() {
        Map<String, Integer> map = orderByPointer;
        if (map == null) {
            map = new HashMap<>();
            int[] next = {0};
            map.put("", next[0]++);
            number(root, "", map, next);
            orderByPointer = map;
        }
        return map;
    }

    /** Numbers the descendants of {@code node} in the order the parser recorded them. */
    private static void number(JsonNode node, String pointer, Map<String, Integer> map, int[] next) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String child = JsonPointers.append(pointer, member.getKey());
                map.put(child, next[0]++);
                number(member.getValue(), child, map, next);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = JsonPointers.append(pointer, i);
                map.put(child, next[0]++);
                number(node.get(i), child, map, next);
            }
        }
    }

    /** Collects positions while a document is parsed. */
    static final class Recorder {

        private int[] lines = new int[64];
        private int[] columns = new int[64];
        private int count;

        /** The next value in document order starts at {@code at}. */
        void record(Position at) {
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, count * 2);
                columns = Arrays.copyOf(columns, count * 2);
            }
            lines[count] = at.line();
            columns[count++] = at.column();
        }

        /** The descendants of {@code copy}, a value that appears in the source only as a reference, all start at {@code at}. */
        void recordCopy(JsonNode copy, Position at) {
            for (JsonNode child : copy) {
                record(at);
                recordCopy(child, at);
            }
        }

        DocumentOrderPositions finish(JsonNode root) {
            return new DocumentOrderPositions(root, Arrays.copyOf(lines, count), Arrays.copyOf(columns, count));
        }
    }
}
