package org.appflowcontracts.validator.parse;

/** A 1-based line and column in a source document; {@link #UNKNOWN} (0, 0) when the input had no positions. */
public record Position(int line, int column) {

    public static final Position UNKNOWN = new Position(0, 0);
}
