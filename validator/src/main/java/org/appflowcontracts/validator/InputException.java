package org.appflowcontracts.validator;

/**
 * The input could not be read as a JSON or YAML document. Carries the position of the problem so callers
 * can report {@code file:line:col} instead of a stack trace.
 */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public InputException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }
}
