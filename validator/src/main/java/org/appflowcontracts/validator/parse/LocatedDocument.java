package org.appflowcontracts.validator.parse;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A parsed document and the source position of every value in it, looked up by JSON Pointer.
 * A document built from a tree (no source) has no positions; every lookup then yields {@link Position#UNKNOWN}.
 */
public record LocatedDocument(JsonNode root, PositionIndex positions) {

    /** A document whose positions are given by pointer. */
    public LocatedDocument(JsonNode root, Map<String, Position> positions) {
        this(root, new PointerPositions(positions));
    }

    public static LocatedDocument withoutPositions(JsonNode root) {
        return new LocatedDocument(root, Map.of());
    }

    /**
     * The position of the value at {@code pointer}, or of its nearest existing ancestor when the value itself is
     * absent (a missing member is reported where its object starts).
     */
    public Position positionOf(String pointer) {
        for (String p = pointer; p != null; p = JsonPointers.parent(p)) {
            Position found = positions.exact(p);
            if (found != null) {
                return found;
            }
        }
        return Position.UNKNOWN;
    }
}
