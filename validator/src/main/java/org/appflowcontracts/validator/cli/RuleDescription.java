package org.appflowcontracts.validator.cli;

import java.util.Objects;
import org.appflowcontracts.validator.Severity;

/**
 * One catalogued rule as shown by {@code --list-rules}, {@code --explain} and the SARIF rule table.
 *
 * @param failingExample a document that violates the rule, pretty-printed JSON, or {@code ""} when none
 * @param fixedExample   the same document corrected, or {@code ""} when none
 */
public record RuleDescription(
        String id,
        Severity severity,
        String summary,
        String message,
        String explanation,
        String failingExample,
        String fixedExample) {

    public RuleDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        summary = Objects.requireNonNullElse(summary, "");
        message = Objects.requireNonNullElse(message, "");
        explanation = Objects.requireNonNullElse(explanation, "");
        failingExample = Objects.requireNonNullElse(failingExample, "");
        fixedExample = Objects.requireNonNullElse(fixedExample, "");
    }
}
