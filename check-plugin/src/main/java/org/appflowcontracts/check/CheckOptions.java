package org.appflowcontracts.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.cli.BuildFileChecker;
import org.appflowcontracts.validator.cli.OutputFormat;

/**
 * One build's check, as configured.
 *
 * @param baseDirectory   the project folder: report file names are relative to it
 * @param files           the flow files to check
 * @param operation       the operation every API body is a request of, or empty to detect it per file
 * @param inputFormat     the kind every file is read as ({@code api}, {@code cloudformation}, ...), or empty to detect
 * @param contracts       a team's own contracts folder with house rules, or empty for the bundled contracts
 * @param project         the project configuration and suppressions (configuration file, ignored rules, baseline)
 * @param threshold       the least severe finding that fails the build
 * @param reportDirectory where the reports are written
 * @param reportFormats   the report formats written there (SARIF, JSON)
 * @param stateFile       the incremental state, or empty to check every file every time
 * @param toolVersion     the version the reports name and part of the state's key
 * @param toolFingerprint what identifies the plugin's code and contracts beyond its version (snapshot builds)
 */
public record CheckOptions(
        Path baseDirectory,
        FlowFileSet files,
        Optional<String> operation,
        Optional<String> inputFormat,
        Optional<Path> contracts,
        BuildFileChecker.Project project,
        SeverityThreshold threshold,
        Path reportDirectory,
        List<OutputFormat> reportFormats,
        Optional<Path> stateFile,
        String toolVersion,
        String toolFingerprint) {

    public CheckOptions {
        reportFormats = List.copyOf(reportFormats);
    }
}
