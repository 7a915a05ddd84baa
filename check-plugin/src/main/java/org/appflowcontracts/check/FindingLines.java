package org.appflowcontracts.check;

import java.nio.file.Path;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.cli.BuildFileChecker;

/**
 * A finding as one build-log line, {@code /abs/path/flow.json:[line,col] RULE message [pointer]}: the shape
 * IDEs turn into markers on the file (as they do for compiler messages). Characters from the input that could
 * break the line or reorder it on a terminal are escaped, as in the command line's output.
 */
final class FindingLines {

    private FindingLines() {
    }

    static String line(Path file, Violation v) {
        String position = v.line() > 0 ? ":[" + v.line() + "," + Math.max(v.column(), 1) + "]" : ":";
        String pointer = v.pointer().isEmpty() ? "" : " [" + v.pointer() + "]";
        return BuildFileChecker.oneLine(file.toAbsolutePath() + position + " " + v.ruleId() + " " + v.message()
                + pointer);
    }
}
