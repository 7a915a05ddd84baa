package org.appflowcontracts.validator.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.appflowcontracts.validator.OperationChoice;
import org.appflowcontracts.validator.OperationDetector;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;

/** {@code path:line:col: severity RULE_ID message [pointer]} per finding, then a summary line. */
public final class TextFormatter implements ReportFormatter {

    @Override
    public void write(RunResult run, PrintWriter out) {
        for (RunResult.Finding f : run.findings()) {
            out.println(line(f.source().displayName(), f.violation()));
        }
        if (!run.quiet()) {
            for (FileOutcome outcome : run.outcomes()) {
                Optional<String> checkedAs = checkedAs(outcome);
                if (checkedAs.isPresent()) {
                    out.println(checkedAs.get());
                }
            }
            out.println(summary(run));
        }
        out.flush();
    }

    static String line(String file, Violation v) {
        String pointer = v.pointer().isEmpty() ? "(root)" : v.pointer();
        return OneLine.fileName(file) + OneLine.of(position(v.line(), v.column()) + ": " + v.severity().wireName() + " "
                + v.ruleId() + " " + v.message() + " [" + pointer + "]");
    }

    /**
     * {@code path: checked as UpdateFlow (file name: starts with "update")} for a body checked as anything but a
     * CreateFlow told by its content (the common case): a surprising choice is seen even when nothing is found.
     */
    static Optional<String> checkedAs(FileOutcome outcome) {
        if (!(outcome instanceof FileOutcome.Checked c) || c.operation() == null) {
            return Optional.empty();
        }
        OperationChoice choice = c.operation();
        boolean usual = choice.basis() == OperationChoice.Basis.FILE_FORMAT
                || choice.basis() == OperationChoice.Basis.OPTION
                || (choice.basis() == OperationChoice.Basis.CONTENT && choice.operation().equals("CreateFlow")
                        && !choice.detail().endsWith(OperationDetector.UPDATE_NAME_OVERRULED));
        return usual ? Optional.empty() : Optional.of(OneLine.fileName(c.source().displayName())
                + OneLine.of(": checked as " + choice.describe()));
    }

    /**
     * {@code :line:col}, or nothing for a finding without a position (a file that cannot be read): compilers print
     * {@code file: error ...} then, and editors do not jump to a made-up line.
     */
    static String position(int line, int column) {
        return line > 0 ? ":" + line + ":" + column : "";
    }

    static String summary(RunResult run) {
        StringBuilder sb = new StringBuilder()
                .append(plural(run.outcomes().size(), "file")).append(", ")
                .append(plural(run.count(Severity.ERROR), "error")).append(", ")
                .append(plural(run.count(Severity.WARNING), "warning"));
        long infos = run.count(Severity.INFO);
        if (infos > 0) {
            sb.append(", ").append(infos).append(" info");
        }
        long suppressed = run.suppressed().size();
        if (suppressed > 0) {
            sb.append(", ").append(suppressed).append(" suppressed");
        }
        int unreadable = run.problems().size();
        if (unreadable > 0) {
            sb.append(" (").append(plural(unreadable, "file")).append(" could not be checked)");
        }
        return sb.toString();
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
