package org.appflowcontracts.validator.parse;

/** Where each value of a parsed document starts in its source, by JSON Pointer. */
public sealed interface PositionIndex permits PointerPositions, DocumentOrderPositions, ContainerPositions {

    /** The position of exactly the value at {@code pointer}, or null when that value has none. */
    Position exact(String pointer);
}
