package org.appflowcontracts.validator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.InputException;

/** Runs {@code diff --check}: every collected file through both contracts; unreadable files are reported. */
final class FlowFileChecks {

    private final Path oldContracts;
    private final Path newContracts;
    private final PrintWriter err;
    private boolean problems;

    FlowFileChecks(Path oldContracts, Path newContracts, PrintWriter err) {
        this.oldContracts = oldContracts;
        this.newContracts = newContracts;
        this.err = err;
    }

    List<FileVerdict> run(List<InputSource> sources) {
        List<FileVerdict> verdicts = new ArrayList<>();
        if (sources.isEmpty()) {
            return verdicts;
        }
        FlowFileComparison comparison;
        try {
            comparison = new FlowFileComparison(oldContracts, newContracts);
        } catch (IllegalArgumentException e) {
            return problem(e.getMessage(), verdicts);
        }
        for (InputSource source : sources) {
            if (source.isStdin()) {
                problem("--check reads files, not standard input", verdicts);
                continue;
            }
            try {
                verdicts.add(comparison.compare(source));
            } catch (InputException | IllegalArgumentException e) {
                problem(source.displayName() + ": " + e.getMessage(), verdicts);
            }
        }
        return verdicts;
    }

    boolean hadProblems() {
        return problems;
    }

    private List<FileVerdict> problem(String message, List<FileVerdict> verdicts) {
        problems = true;
        err.println("appflow-validate diff: error: " + message);
        return verdicts;
    }
}
