package org.appflowcontracts.validator.parse;

import java.util.Map;

/** Positions kept in a map by JSON Pointer (small documents built by hand, e.g. in tests). */
public record PointerPositions(Map<String, Position> byPointer) implements PositionIndex {

    public PointerPositions {
        byPointer = Map.copyOf(byPointer);
    }

    @Override
    public Position exact(String pointer) {
        return byPointer.get(pointer);
    }
}
