package org.appflowcontracts.validator.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.appflowcontracts.validator.OperationChoice;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
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

    /** Every finding with the file it was found in, in input order. */
    public Stream<Finding> findings() {
        return outcomes.stream()
                .filter(FileOutcome.Checked.class::isInstance)
                .map(FileOutcome.Checked.class::cast)
                .flatMap(c -> c.report().violations().stream().map(v -> new Finding(c.source(), v, c.operation())));
    }

    /** Every finding that suppressions kept from the report, with its file and suppression, in input order. */
    public Stream<Finding> suppressed() {
        return outcomes.stream()
                .filter(FileOutcome.Checked.class::isInstance)
                .map(FileOutcome.Checked.class::cast)
                .flatMap(c -> c.suppressed().stream()
                        .map(s -> new Finding(c.source(), s.violation(), c.operation(), s.by())));
    }

    /**
     * Every finding with its file, in input order, including a document that could not be checked as one
     * located error finding of its own ({@code input.*}, {@code internal.*}): what the JSON and SARIF reports list.
     */
    public Stream<Finding> reported() {
        return outcomes.stream().flatMap(o -> o instanceof FileOutcome.Checked c
                ? c.report().violations().stream().map(v -> new Finding(c.source(), v, c.operation()))
                : Stream.of(new Finding(o.source(), ((FileOutcome.Failed) o).problem().asViolation())));
    }

    public long count(Severity severity) {
        return findings().filter(f -> f.violation().severity() == severity).count();
    }

    public List<InputProblem> problems() {
        return outcomes.stream()
                .filter(FileOutcome.Failed.class::isInstance)
                .map(o -> ((FileOutcome.Failed) o).problem())
                .toList();
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
