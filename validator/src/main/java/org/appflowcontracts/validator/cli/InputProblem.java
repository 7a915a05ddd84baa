package org.appflowcontracts.validator.cli;

import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;

/**
 * Why a document could not be checked at all (unreadable, malformed, unknown operation).
 *
 * @param ruleId  {@code input.malformed}, {@code input.unreadable}, {@code input.unknown-operation} or
 *                {@code internal.error}
 * @param line    1-based, or 0 when the problem has no position
 * @param column  1-based, or 0 when the problem has no position
 */
public record InputProblem(String ruleId, String message, int line, int column) {

    public static final String MALFORMED = "input.malformed";
    public static final String UNREADABLE = "input.unreadable";
    public static final String UNKNOWN_OPERATION = "input.unknown-operation";
    /** Checking the document failed in the tool itself; the other documents of the run are still checked. */
    public static final String INTERNAL = "internal.error";

    /** The problem as an error finding at its position, for the formats that list findings of every kind. */
    public Violation asViolation() {
        return new Violation(ruleId, Severity.ERROR, "", "", message, line, column);
    }

    /** {@code file:line:col: error RULE message}, the located line printed on standard error. */
    public String describe(String file) {
        return OneLine.fileName(file) + OneLine.of(TextFormatter.position(line, column) + ": error " + ruleId + " " + message);
    }
}
