package org.appflowcontracts.validator.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.OperationChoice;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.suppress.Suppressed;
import org.appflowcontracts.validator.suppress.Suppression;

/**
 * Everything a formatter needs to print one run.
 *
 * @param workingDirectory the directory relative file names are resolved against (SARIF's {@code %SRCROOT%})
 * @param quiet            print findings only, no summary
 */
public record RunResult(
        List<FileOutcome> outcomes,
        List<RuleDescription> rules,
        String toolVersion,
        Path workingDirectory,
        boolean quiet) {

    public RunResult {
        outcomes = List.copyOf(outcomes);
        rules = List.copyOf(rules);
    }

    // Loops, not streams: every run formats its result, and a process's first stream or lambda costs a one-file
    // run milliseconds of method-handle set-up.

    /** Every finding with the file it was found in, in input order. */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome instanceof FileOutcome.Checked c) {
                for (Violation v : c.report().violations()) {
                    findings.add(new Finding(c.source(), v, c.operation()));
                }
            }
        }
        return findings;
    }

    /** Every finding that suppressions kept from the report, with its file and suppression, in input order. */
    public List<Finding> suppressed() {
        List<Finding> suppressed = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome instanceof FileOutcome.Checked c) {
                for (Suppressed s : c.suppressed()) {
                    suppressed.add(new Finding(c.source(), s.violation(), c.operation(), s.by()));
                }
            }
        }
        return suppressed;
    }

    /**
     * Every finding with its file, in input order, including a document that could not be checked as one
     * located error finding of its own ({@code input.*}, {@code internal.*}): what the JSON and SARIF reports list.
     */
    public List<Finding> reported() {
        List<Finding> reported = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome instanceof FileOutcome.Checked c) {
                for (Violation v : c.report().violations()) {
                    reported.add(new Finding(c.source(), v, c.operation()));
                }
            } else {
                reported.add(new Finding(outcome.source(), ((FileOutcome.Failed) outcome).problem().asViolation()));
            }
        }
        return reported;
    }

    public long count(Severity severity) {
        long count = 0;
        for (Finding f : findings()) {
            count += f.violation().severity() == severity ? 1 : 0;
        }
        return count;
    }

    public List<InputProblem> problems() {
        List<InputProblem> problems = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome instanceof FileOutcome.Failed failed) {
                problems.add(failed.problem());
            }
        }
        return problems;
    }

    /**
     * A violation and the document it was found in, the operation that document was checked as (null when not
     * told) and the suppression that kept it from the report (null for a reported finding).
     */
    public record Finding(InputSource source, Violation violation, OperationChoice operation, Suppression suppression) {

        public Finding(InputSource source, Violation violation) {
            this(source, violation, null, null);
        }

        public Finding(InputSource source, Violation violation, OperationChoice operation) {
            this(source, violation, operation, null);
        }
    }
}
