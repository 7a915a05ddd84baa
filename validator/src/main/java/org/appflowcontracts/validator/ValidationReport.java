package org.appflowcontracts.validator;

import java.util.List;

/**
 * The immutable result of validating one document against one operation's contract.
 * Violations are sorted by line, column, rule id and pointer.
 */
public record ValidationReport(String operation, List<Violation> violations) {

    public ValidationReport {
        violations = List.copyOf(violations);
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public long count(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).count();
    }
}
