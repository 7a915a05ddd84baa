package org.appflowcontracts.validator.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.config.ConfigurationException;
import org.appflowcontracts.validator.config.ProjectConfiguration;
import org.appflowcontracts.validator.suppress.Baseline;

/**
 * The tool's own files, named {@code .appflow-contracts*} (the configuration, and a baseline named
 * {@value #BASELINE_NAME} by convention): a directory walk skips them, and one named as a PATH (as a pre-commit
 * hook passes every changed file) is checked as what it is, not as a flow.
 */
final class ToolFiles {

    static final String PREFIX = ".appflow-contracts";
    static final String BASELINE_NAME = ".appflow-contracts-baseline.json";

    private ToolFiles() {
    }

    static boolean isToolFile(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(PREFIX);
    }

    /** The outcome of checking a tool file named as a PATH, or empty for any other file. */
    static Optional<FileOutcome> check(InputSource source) {
        if (source.path() == null || !isToolFile(source.path())) {
            return Optional.empty();
        }
        String name = source.path().getFileName().toString();
        try {
            if (ProjectConfiguration.FILE_NAMES.contains(name)) {
                ProjectConfiguration.load(source.path());
            } else if (name.endsWith(".json")) {
                Baseline.read(source.path());
            }
            return Optional.of(new FileOutcome.Checked(source, new ValidationReport("CreateFlow", List.of())));
        } catch (ConfigurationException e) {
            ConfigurationException.Problem first = e.problems().get(0);
            return Optional.of(new FileOutcome.Failed(source,
                    new InputProblem(ConfigurationException.RULE_ID, first.message(), first.line(), first.column())));
        }
    }
}
