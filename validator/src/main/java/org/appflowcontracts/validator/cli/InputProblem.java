package org.appflowcontracts.validator.cli;

/**
 * Why a document could not be checked at all (unreadable, malformed, unknown operation).
 *
 * @param ruleId  {@code input.malformed}, {@code input.unreadable} or {@code input.unknown-operation}
 * @param line    1-based, or 0 when the problem has no position
 * @param column  1-based, or 0 when the problem has no position
 */
public record InputProblem(String ruleId, String message, int line, int column) {

    public static final String MALFORMED = "input.malformed";
    public static final String UNREADABLE = "input.unreadable";
    public static final String UNKNOWN_OPERATION = "input.unknown-operation";

    /** {@code file:line:col: error RULE message}, the located line printed on standard error. */
    public String describe(String file) {
        return OneLine.of(file + ":" + line + ":" + column + ": error " + ruleId + " " + message);
    }
}
