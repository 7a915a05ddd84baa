package org.appflowcontracts.validator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.InputException;

/**
 * Runs {@code diff --check}: every collected file through both contracts (a service model imported first); unreadable
 * files are reported.
 */
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
        try (CheckedContracts contracts = new CheckedContracts(oldContracts, newContracts)) {
            FlowFileComparison comparison = new FlowFileComparison(contracts.before(), contracts.after());
            for (InputSource source : sources) {
                verdicts.addAll(compare(comparison, source));
            }
        } catch (IllegalArgumentException e) {
            problem(e.getMessage(), verdicts);
        }
        return verdicts;
    }

    private List<FileVerdict> compare(FlowFileComparison comparison, InputSource source) {
        if (source.isStdin()) {
            return problem("--check reads files, not standard input", new ArrayList<>());
        }
        try {
            return List.of(comparison.compare(source));
        } catch (InputException | IllegalArgumentException e) {
            return problem(source.displayName() + ": " + e.getMessage(), new ArrayList<>());
        }
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
