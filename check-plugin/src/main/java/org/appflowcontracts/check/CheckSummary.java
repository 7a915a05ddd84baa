package org.appflowcontracts.check;

import java.nio.file.Path;
import java.util.List;

/**
 * What one build's check found.
 *
 * @param files     files in the file set
 * @param checked   files checked in this build (the others were unchanged since the last one)
 * @param unchecked files that could not be checked (unreadable, malformed, ...)
 * @param failing   findings at or above the threshold, plus the files that could not be checked
 * @param reports   the report files written
 */
public record CheckSummary(int files, int checked, long errors, long warnings, long infos, int unchecked,
        long failing, SeverityThreshold threshold, List<Path> reports) {

    public CheckSummary {
        reports = List.copyOf(reports);
    }

    public boolean fails() {
        return failing > 0;
    }

    /** {@code 12 files (3 checked, 9 unchanged): 2 errors, 1 warning}. */
    public String describe() {
        StringBuilder text = new StringBuilder()
                .append(plural(files, "file")).append(" (").append(checked).append(" checked, ")
                .append(files - checked).append(" unchanged): ")
                .append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"));
        if (infos > 0) {
            text.append(", ").append(infos).append(" info");
        }
        if (unchecked > 0) {
            text.append("; ").append(plural(unchecked, "file")).append(" could not be checked");
        }
        return text.toString();
    }

    /** Why the build fails, with the counts and where the full report is. */
    public String failureMessage(Path baseDirectory) {
        StringBuilder text = new StringBuilder("AppFlow contract check failed: ").append(describe())
                .append(". The build fails on ").append(threshold.describe())
                .append(unchecked > 0 ? " and on files that could not be checked" : "")
                .append("; the findings are listed above");
        if (!reports.isEmpty()) {
            text.append(" and in ").append(baseDirectory.relativize(reports.get(0)));
        }
        return text.toString();
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
