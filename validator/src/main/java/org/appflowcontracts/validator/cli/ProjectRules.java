package org.appflowcontracts.validator.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.appflowcontracts.validator.OperationChoice;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.config.ConfigurationException;
import org.appflowcontracts.validator.config.ConfigurationFinder;
import org.appflowcontracts.validator.config.ProjectConfiguration;
import org.appflowcontracts.validator.suppress.SuppressionPolicy;
import org.appflowcontracts.validator.suppress.Suppressions;

/**
 * The run's view of project configuration and suppressions: which configuration applies to each input (the one
 * forced with {@code --config}, none with {@code --no-config}, else the nearest), and what it leaves reported.
 * A configuration that cannot be used ends the run ({@link ConfigurationException}, located).
 */
final class ProjectRules {

    private final Optional<ProjectConfiguration> forced;
    private final boolean discover;
    private final ConfigurationFinder finder;
    private final SuppressionPolicy policy;
    private final Path workingDirectory;

    ProjectRules(Optional<ProjectConfiguration> forced, boolean discover, SuppressionPolicy policy,
            Path workingDirectory, Predicate<String> knownRule) {
        this.finder = new ConfigurationFinder(knownRule);
        this.forced = forced;
        this.discover = discover;
        this.policy = policy;
        this.workingDirectory = workingDirectory;
    }

    static ProjectRules none(Path workingDirectory) {
        return new ProjectRules(Optional.empty(), false, SuppressionPolicy.none(), workingDirectory, id -> true);
    }

    /** The operation the configuration gives this input, if any. */
    Optional<OperationChoice> operationFor(InputSource source) {
        // No lambda: this runs for every document, and a one-file run would pay for the first lambda's set-up.
        Optional<ProjectConfiguration> configuration = configurationOf(source);
        return configuration.isPresent() ? configuration.get().operationFor(pathOf(source)) : Optional.empty();
    }

    /** The document's report less its suppressed findings, with the operation it was checked as. */
    FileOutcome.Checked apply(InputSource source, byte[] content, ValidationReport report, OperationChoice choice) {
        Path file = source.path() == null ? null : pathOf(source);
        Suppressions.Applied applied = policy.apply(file, content, configurationOf(source), report.violations());
        return new FileOutcome.Checked(source, new ValidationReport(report.operation(), applied.reported()), choice,
                applied.suppressed());
    }

    // Synchronized: documents are checked on several threads, and the finder remembers what it has read.
    private synchronized Optional<ProjectConfiguration> configurationOf(InputSource source) {
        if (forced.isPresent() || !discover) {
            return forced;
        }
        try {
            return finder.find(pathOf(source));
        } catch (ConfigurationException e) {
            throw new ConfigurationFailure(e);
        }
    }

    /** Standard input is taken to be a file in the working directory (named {@code <stdin>}). */
    private Path pathOf(InputSource source) {
        Path path = source.path() == null ? Path.of(InputSource.STDIN_NAME) : source.path();
        return workingDirectory.resolve(path);
    }

    /** A configuration found during the run that cannot be used. */
    static final class ConfigurationFailure extends RuntimeException {
        private final ConfigurationException cause;

        ConfigurationFailure(ConfigurationException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }

        List<String> lines() {
            return cause.describe();
        }
    }
}
