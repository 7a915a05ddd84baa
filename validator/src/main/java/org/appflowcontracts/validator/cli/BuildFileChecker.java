package org.appflowcontracts.validator.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line's checking, for a build tool that has already chosen the files: each file is read, its kind
 * and operation detected (or taken from the options), and checked exactly as {@code appflow-validate} checks it;
 * reports are written by the command line's own formatters. One instance per run; not for concurrent use.
 */
public final class BuildFileChecker {

    private final ValidationService service;
    private final DocumentChecker checker;

    /**
     * @param operation the operation every API body is a request of ({@code --operation}), or empty to detect it
     * @throws IllegalArgumentException when the operation is unknown (the message names the known ones)
     */
    public BuildFileChecker(ServiceOptions options, Optional<String> operation) {
        this.service = new ContractValidationService(options);
        String resolved = operation.map(name -> service.resolveOperation(name).orElseThrow(
                () -> new IllegalArgumentException("unknown operation '" + name + "' (known: "
                        + String.join(", ", service.operations()) + ")"))).orElse(null);
        this.checker = new DocumentChecker(service, resolved, InputStream.nullInputStream());
    }

    /**
     * Checks one file; a file that cannot be checked is a {@link FileOutcome.Failed} with a located problem.
     *
     * @throws EngineUnavailableException when the contracts cannot be used at all (a broken contracts folder)
     */
    public FileOutcome check(Path file, String displayName) {
        return checker.check(new InputSource(displayName, file));
    }

    /** Every rule the reports can name, for the SARIF rule table. */
    public List<RuleDescription> rules() {
        return service.rules();
    }

    /** Writes a run in one of the command line's report formats. */
    public static void write(OutputFormat format, RunResult run, PrintWriter out) {
        format.formatter().write(run, out);
    }

    /** Whether writing the format needs {@link #rules()} in the run. */
    public static boolean needsRules(OutputFormat format) {
        return format.formatter().needsRuleCatalog();
    }

    /** A finding's file name and message with control and bidirectional characters escaped, as the CLI prints. */
    public static String oneLine(String text) {
        return OneLine.of(text);
    }
}
