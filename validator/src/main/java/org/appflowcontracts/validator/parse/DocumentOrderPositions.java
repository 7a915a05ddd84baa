package org.appflowcontracts.validator.parse;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Positions recorded as the parser meets the values: the root first, then every member and array item in
 * document order (a member where its name starts, an item where it starts). Parsing stores two ints per value.
 * A position is looked up by walking the tree along the pointer's tokens and counting the values before it, with
 * each container's child offsets worked out once, when first passed: memory stays proportional to the number of
 * values however long member names are or however deep the document nests (a table of pointer strings would
 * hold every ancestor's names once per value). The tree must therefore stay as parsed: positions of a tree
 * changed afterwards would be read in the wrong order.
 */
public final class DocumentOrderPositions implements PositionIndex {

    private final JsonNode root;
    private final int[] lines;
    private final int[] columns;
    /**
     * Per container: the document-order distance from it to each child, then to the value after its last
     * descendant. Keyed by identity; a container met twice is the same subtree, so the same offsets serve both.
     */
    private final Map<JsonNode, int[]> offsets = new IdentityHashMap<>();

    private DocumentOrderPositions(JsonNode root, int[] lines, int[] columns) {
        this.root = root;
        this.lines = lines;
        this.columns = columns;
    }

    @Override
    public synchronized Position exact(String pointer) {
        int order = orderOf(pointer);
        return order < 0 || order >= lines.length ? null : new Position(lines[order], columns[order]);
    }

    /** The document-order number of the value at {@code pointer}, or -1 when the tree has no such value. */
    private int orderOf(String pointer) {
        if (pointer.isEmpty()) {
            return 0;
        }
        if (pointer.charAt(0) != '/') {
            return -1;
        }
        JsonNode node = root;
        int order = 0;
        int from = 1;
        while (true) {
            int slash = pointer.indexOf('/', from);
            String token = JsonPointers.unescape(pointer.substring(from, slash < 0 ? pointer.length() : slash));
            int index = childIndex(node, token);
            if (index < 0) {
                return -1;
            }
            order += offsetsOf(node)[index];
            node = node.isArray() ? node.get(index) : node.get(token);
            if (slash < 0) {
                return order;
            }
            from = slash + 1;
        }
    }

    // A loop, not a stream: the first finding of a run comes here, and a stream would cost it its set-up.
    private static boolean isDigits(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The position of the member or item named {@code token} among the children of {@code node}, or -1. */
    private static int childIndex(JsonNode node, String token) {
        if (node.isArray()) {
            if (token.isEmpty() || token.length() > 9 || !isDigits(token)
                    || (token.length() > 1 && token.charAt(0) == '0')) {
                return -1;
            }
            int index = Integer.parseInt(token);
            return index < node.size() ? index : -1;
        }
        if (node.isObject()) {
            int index = 0;
            for (String name : node.propertyNames()) {
                if (name.equals(token)) {
                    return index;
                }
                index++;
            }
        }
        return -1;
    }

    private int[] offsetsOf(JsonNode container) {
        int[] known = offsets.get(container);
        if (known != null) {
            return known;
        }
        int[] computed = new int[container.size() + 1];
        int next = 1;
        int i = 0;
        for (JsonNode child : container) {
            computed[i++] = next;
            next += child.isContainer() && child.size() > 0 ? offsetsOf(child)[child.size()] : 1;
        }
        computed[i] = next;
        offsets.put(container, computed);
        return computed;
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

        /** The positions recorded, their columns turned into UTF-16 code units by {@code units}. */
        DocumentOrderPositions finish(JsonNode root, Utf16Columns units) {
            units.convert(lines, columns, count);
            return new DocumentOrderPositions(root, Arrays.copyOf(lines, count), Arrays.copyOf(columns, count));
        }
    }
}
