package org.appflowcontracts.validator.cli;

import org.appflowcontracts.validator.Severity;

/**
 * Exit codes scripts rely on: {@value #OK} nothing failing, {@value #FINDINGS} errors found (or warnings under
 * {@code --strict}), {@value #USAGE_OR_INPUT} bad usage or a document that could not be checked. The last wins
 * over the others: a run that could not look at every file has not proved anything.
 */
final class ExitCodePolicy {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE_OR_INPUT = 2;

    private final boolean strict;

    ExitCodePolicy(boolean strict) {
        this.strict = strict;
    }

    int exitCode(RunResult run) {
        if (!run.problems().isEmpty()) {
            return USAGE_OR_INPUT;
        }
        if (run.count(Severity.ERROR) > 0 || (strict && run.count(Severity.WARNING) > 0)) {
            return FINDINGS;
        }
        return OK;
    }
}
