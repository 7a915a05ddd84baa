package org.appflowcontracts.validator.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.config.ConfigurationException;
import org.appflowcontracts.validator.config.ProjectConfiguration;
import org.appflowcontracts.validator.config.RuleIds;
import org.appflowcontracts.validator.suppress.Baseline;
import org.appflowcontracts.validator.suppress.SuppressionPolicy;

/**
 * The command line's checking, for a build tool that has already chosen the files: each file is read, its kind
 * and operation detected (or taken from the options or the project configuration), and checked exactly as
 * {@code appflow-validate} checks it; reports are written by the command line's own formatters. One instance per
 * run; not for concurrent use.
 */
public final class BuildFileChecker {

    /**
     * The project configuration and suppressions, as {@code --config}, {@code --ignore} and {@code --baseline}
     * give them to the command line.
     *
     * @param configFile       a configuration for every file, or empty to use the nearest
     *                         {@code .appflow-contracts.yaml} of each file (if any)
     * @param ignoredRules     rule ids not reported (an id also covers its sub-rules)
     * @param baseline         findings accepted earlier, or empty
     * @param workingDirectory what a forced configuration's globs are relative to
     */
    public record Project(Optional<Path> configFile, List<String> ignoredRules, Optional<Path> baseline,
            Path workingDirectory) {

        public Project {
            ignoredRules = List.copyOf(ignoredRules);
        }

        public static Project discovered(Path workingDirectory) {
            return new Project(Optional.empty(), List.of(), Optional.empty(), workingDirectory);
        }
    }

    private final ValidationService service;
    private final DocumentChecker checker;

    /**
     * @param operation the operation every API body is a request of ({@code --operation}), or empty to detect it
     * @throws IllegalArgumentException when the operation or an ignored rule is unknown (the message says which)
     * @throws ConfigurationException   when the configuration file or the baseline cannot be used (located)
     */
    public BuildFileChecker(ServiceOptions options, Optional<String> operation, Project project)
            throws ConfigurationException {
        this.service = new ContractValidationService(options);
        String resolved = operation.map(name -> service.resolveOperation(name).orElseThrow(
                () -> new IllegalArgumentException("unknown operation '" + name + "' (known: "
                        + String.join(", ", service.operations()) + ")"))).orElse(null);
        this.checker = new DocumentChecker(service, resolved, InputStream.nullInputStream(), rules(project));
    }

    private ProjectRules rules(Project project) throws ConfigurationException {
        RuleIds known = RuleIds.of(() -> service.rules().stream().map(RuleDescription::id).toList());
        for (String id : project.ignoredRules()) {
            if (!known.test(id)) {
                throw new IllegalArgumentException("ignored rule '" + id + "' is not a rule of the contracts checked");
            }
        }
        Optional<ProjectConfiguration> forced = project.configFile().isEmpty() ? Optional.empty()
                : Optional.of(ProjectConfiguration.load(project.configFile().get(), known)
                        .relativeTo(project.workingDirectory()));
        Optional<Baseline> baseline = project.baseline().isEmpty() ? Optional.empty()
                : Optional.of(Baseline.read(project.baseline().get()));
        return new ProjectRules(forced, forced.isEmpty(), new SuppressionPolicy(project.ignoredRules(), baseline),
                project.workingDirectory(), known);
    }

    /**
     * Checks one file; a file that cannot be checked is a {@link FileOutcome.Failed} with a located problem.
     *
     * @throws EngineUnavailableException when the contracts cannot be used at all (a broken contracts folder)
     * @throws IllegalArgumentException   when the configuration file that applies to it cannot be used (located)
     */
    public FileOutcome check(Path file, String displayName) {
        try {
            return checker.check(new InputSource(displayName, file));
        } catch (ProjectRules.ConfigurationFailure e) {
            throw new IllegalArgumentException(String.join("\n", e.lines()), e);
        }
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

    /** Whether a file is one of the tool's own ({@code .appflow-contracts*}), which a folder walk does not check. */
    public static boolean isToolFile(Path file) {
        return ToolFiles.isToolFile(file);
    }
}
