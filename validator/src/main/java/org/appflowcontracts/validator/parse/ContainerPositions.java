package org.appflowcontracts.validator.parse;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Positions recorded per container, for a tree built out of document order (an HCL file's blocks gather under
 * their type and labels): each object keeps the position of each of its members, each array of each of its items.
 * Containers are told apart by identity, so reading makes no pointer text at all; a pointer is looked up by
 * walking the tree along its tokens, only when a finding needs a position. The tree must stay as built.
 */
public final class ContainerPositions implements PositionIndex {

    private final JsonNode root;
    private final Position rootPosition;
    /** Per object: member name to position; per array: its {@link Items}. */
    private final Map<JsonNode, Object> children;

    private ContainerPositions(JsonNode root, Position rootPosition, Map<JsonNode, Object> children) {
        this.root = root;
        this.rootPosition = rootPosition;
        this.children = children;
    }

    @Override
    public Position exact(String pointer) {
        if (pointer.isEmpty()) {
            return rootPosition;
        }
        if (pointer.charAt(0) != '/') {
            return null;
        }
        JsonNode node = root;
        Position found = null;
        for (String token : JsonPointers.tokens(pointer)) {
            if (node == null) {
                return null;
            }
            Integer index = node.isArray() ? indexOf(token) : null;
            found = index != null ? itemAt(node, index) : memberAt(node, token);
            if (found == null) {
                return null;
            }
            node = index != null ? node.get(index) : node.get(token);
        }
        return found;
    }

    private Position itemAt(JsonNode array, int index) {
        return children.get(array) instanceof Items items ? items.at(index) : null;
    }

    @SuppressWarnings("unchecked")
    private Position memberAt(JsonNode object, String name) {
        return object.isObject() && children.get(object) instanceof Map<?, ?> members
                ? ((Map<String, Position>) members).get(name) : null;
    }

    /**
     * An array's item positions, each a line and column packed in one {@code long} (0: none recorded), indexed by
     * item: no position object and no boxed index per item while a file is read.
     */
    private static final class Items {
        private long[] packed = new long[4];

        void put(int index, int line, int column) {
            if (index >= packed.length) {
                packed = java.util.Arrays.copyOf(packed, Math.max(index + 1, packed.length * 2));
            }
            packed[index] = (long) line << 32 | (column & 0xFFFFFFFFL);
        }

        Position at(int index) {
            long p = index < packed.length ? packed[index] : 0;
            return p == 0 ? null : new Position((int) (p >>> 32), (int) p);
        }

        void replaceAll(java.util.function.UnaryOperator<Position> conversion) {
            for (int i = 0; i < packed.length; i++) {
                Position p = at(i);
                if (p != null) {
                    Position converted = conversion.apply(p);
                    put(i, converted.line(), converted.column());
                }
            }
        }
    }

    /** An array index as JSON Pointer writes it (no sign, no leading zero), or null. */
    private static Integer indexOf(String token) {
        if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
            return null;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.valueOf(token);
    }

    /** Collects positions while a tree is built. */
    public static final class Recorder {

        private final Map<JsonNode, Object> children;

        public Recorder() {
            this(32);
        }

        /** @param containers about how many objects and arrays the tree will have */
        public Recorder(int containers) {
            children = new IdentityHashMap<>(containers);
        }

        /** The member {@code name} of {@code object} is written at {@code at} (a later record replaces it). */
        public void member(JsonNode object, String name, Position at) {
            members(object).put(name, at);
        }

        /** Like {@link #member}, unless the member already has a position. */
        public void memberIfAbsent(JsonNode object, String name, Position at) {
            members(object).putIfAbsent(name, at);
        }

        /** The item {@code index} of {@code array} starts at {@code at}. */
        public void item(JsonNode array, int index, Position at) {
            item(array, index, at.line(), at.column());
        }

        /** The item {@code index} of {@code array} starts at {@code line} and {@code column}. */
        public void item(JsonNode array, int index, int line, int column) {
            Object known = children.get(array);
            Items items;
            if (known instanceof Items existing) {
                items = existing;
            } else {
                items = new Items();
                children.put(array, items);
            }
            items.put(index, line, column);
        }

        @SuppressWarnings("unchecked")
        private Map<String, Position> members(JsonNode object) {
            Object known = children.get(object);
            if (known == null) {
                known = new HashMap<String, Position>();
                children.put(object, known);
            }
            return (Map<String, Position>) known;
        }

        /** Rewrites every position recorded so far (columns from code points to UTF-16 units, for one). */
        @SuppressWarnings("unchecked")
        public void mapPositions(java.util.function.UnaryOperator<Position> conversion) {
            for (Object positions : children.values()) {
                if (positions instanceof Items items) {
                    items.replaceAll(conversion);
                } else {
                    ((Map<String, Position>) positions).replaceAll((key, at) -> conversion.apply(at));
                }
            }
        }

        /** The positions of the tree under {@code root}, which starts at {@code rootPosition}. */
        public ContainerPositions finish(JsonNode root, Position rootPosition) {
            return new ContainerPositions(root, rootPosition, children);
        }
    }
}
