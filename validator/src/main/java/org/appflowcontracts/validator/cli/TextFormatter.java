package org.appflowcontracts.validator.cli;

import java.io.PrintWriter;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;

/** {@code path:line:col: severity RULE_ID message [pointer]} per finding, then a summary line. */
public final class TextFormatter implements ReportFormatter {

    @Override
    public void write(RunResult run, PrintWriter out) {
        run.findings().forEach(f -> out.println(line(f.source().displayName(), f.violation())));
        if (!run.quiet()) {
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
