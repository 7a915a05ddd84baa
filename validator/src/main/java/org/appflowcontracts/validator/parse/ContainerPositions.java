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
    /** Per container: member name ({@code String}) or item index ({@code Integer}) to position. */
    private final Map<JsonNode, Map<Object, Position>> children;

    private ContainerPositions(JsonNode root, Position rootPosition, Map<JsonNode, Map<Object, Position>> children) {
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
            Object key = node.isArray() ? indexOf(token) : token;
            Map<Object, Position> known = children.get(node);
            found = key == null || known == null ? null : known.get(key);
            if (found == null) {
                return null;
            }
            node = node.isArray() ? node.get((Integer) key) : node.get(token);
        }
        return found;
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

        private final Map<JsonNode, Map<Object, Position>> children = new IdentityHashMap<>();

        /** The member {@code name} of {@code object} is written at {@code at} (a later record replaces it). */
        public void member(JsonNode object, String name, Position at) {
            of(object).put(name, at);
        }

        /** Like {@link #member}, unless the member already has a position. */
        public void memberIfAbsent(JsonNode object, String name, Position at) {
            of(object).putIfAbsent(name, at);
        }

        /** The item {@code index} of {@code array} starts at {@code at}. */
        public void item(JsonNode array, int index, Position at) {
            of(array).put(index, at);
        }

        private Map<Object, Position> of(JsonNode container) {
            return children.computeIfAbsent(container, c -> new HashMap<>());
        }

        /** Rewrites every position recorded so far (columns from code points to UTF-16 units, for one). */
        public void mapPositions(java.util.function.UnaryOperator<Position> conversion) {
            children.values().forEach(positions -> positions.replaceAll((key, at) -> conversion.apply(at)));
        }

        /** The positions of the tree under {@code root}, which starts at {@code rootPosition}. */
        public ContainerPositions finish(JsonNode root, Position rootPosition) {
            return new ContainerPositions(root, rootPosition, children);
        }
    }
}
