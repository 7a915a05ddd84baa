package org.appflowcontracts.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.cli.BuildFileChecker;
import org.appflowcontracts.validator.cli.FileOutcome;
import org.appflowcontracts.validator.cli.RuleDescription;
import org.appflowcontracts.validator.cli.RunResult;
import org.appflowcontracts.validator.cli.ServiceOptions;
import org.appflowcontracts.validator.config.ConfigurationException;
import org.appflowcontracts.validator.format.InputFormat;

/**
 * One build's check: every file of the set is checked (or its stored outcome reused when it is unchanged), each
 * finding is logged as a located line, the reports are written and the state is kept for the next build.
 */
public final class FlowCheck {

    private final CheckOptions options;
    private final Log log;

    public FlowCheck(CheckOptions options, Log log) {
        this.options = options;
        this.log = log;
    }

    /**
     * @throws IllegalArgumentException for a configuration the checker cannot use (unknown operation or format)
     * @throws IOException              when the reports or the state cannot be written
     * @throws ConfigurationException   when the configuration file or the baseline cannot be used (located)
     */
    public CheckSummary run() throws IOException, ConfigurationException {
        if (!Files.isDirectory(options.files().directory())) {
            // A module without flows (most modules of a multi-module build) gets no reports and no state.
            log.info("No flow files to check: " + options.files().directory() + " does not exist");
            return new CheckSummary(0, 0, 0, 0, 0, 0, 0, options.threshold(), List.of());
        }
        BuildFileChecker checker = new BuildFileChecker(serviceOptions(), options.operation(), options.project());
        ConfigurationFiles configurations = new ConfigurationFiles();
        Optional<CheckState> state = loadState();
        List<FileOutcome> outcomes = new ArrayList<>();
        int checked = 0;
        for (Path file : options.files().scan()) {
            String digest = state.isPresent() ? digest(file, configurations) : "";
            String name = displayName(file);
            Optional<FileOutcome> reused = state.flatMap(s -> s.reuse(file, name, digest));
            FileOutcome outcome = reused.orElseGet(() -> checker.check(file, name));
            if (reused.isEmpty()) {
                checked++;
                state.ifPresent(s -> s.record(file, digest, outcome));
            }
            outcomes.add(outcome);
        }
        RunResult run = new RunResult(outcomes, rules(checker, state), options.toolVersion(),
                options.baseDirectory(), false);
        logFindings(run);
        List<Path> reports = ReportFiles.write(run, options.reportDirectory(), options.reportFormats());
        if (state.isPresent()) {
            state.get().save();
        }
        return summary(run, checked, reports);
    }

    /** The file's content and, unless one configuration is given for all, the configuration that applies to it. */
    private String digest(Path file, ConfigurationFiles configurations) {
        String content = ContentHash.ofFile(file);
        if (content.isEmpty() || options.project().configFile().isPresent()) {
            return content;
        }
        return ContentHash.of(content + " " + configurations.digestFor(file));
    }

    private ServiceOptions serviceOptions() {
        Optional<InputFormat> format = options.inputFormat().map(name -> InputFormat.byName(name).orElseThrow(
                () -> new IllegalArgumentException("inputFormat '" + name + "' is not a file kind (known: "
                        + Arrays.stream(InputFormat.values()).map(InputFormat::optionName)
                                .collect(Collectors.joining(", ")) + ")")));
        options.contracts().filter(dir -> !Files.isDirectory(dir)).ifPresent(dir -> {
            throw new IllegalArgumentException("contractsDirectory " + dir + " is not a folder; give your copy of"
                    + " the contracts folder (appflow/2020-08-23)");
        });
        return new ServiceOptions(Optional.empty(), options.contracts(), format);
    }

    private Optional<CheckState> loadState() throws IOException {
        if (options.stateFile().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CheckState.load(options.stateFile().get(), ConfigurationKey.of(options)));
    }

    /** The rule table for the SARIF report: stored with the state, else read from the contracts (slow). */
    private List<RuleDescription> rules(BuildFileChecker checker, Optional<CheckState> state) {
        if (options.reportFormats().stream().noneMatch(BuildFileChecker::needsRules)) {
            return List.of();
        }
        List<RuleDescription> rules = state.flatMap(CheckState::rules).orElseGet(checker::rules);
        state.ifPresent(s -> s.rememberRules(rules));
        return rules;
    }

    /** Errors at error level, warnings at warning level, advice at info level: each as the located line. */
    private void logFindings(RunResult run) {
        run.reported().forEach(finding -> {
            String line = FindingLines.line(finding.source().path(), finding.violation());
            Severity severity = finding.violation().severity();
            if (severity == Severity.ERROR) {
                log.error(line);
            } else if (severity == Severity.WARNING) {
                log.warn(line);
            } else {
                log.info(line);
            }
        });
    }

    private CheckSummary summary(RunResult run, int checked, List<Path> reports) {
        long errors = run.count(Severity.ERROR);
        long warnings = run.count(Severity.WARNING);
        long infos = run.count(Severity.INFO);
        long failing = run.findings().stream().filter(f -> options.threshold().fails(f.violation().severity())).count()
                + run.problems().size();
        return new CheckSummary(run.outcomes().size(), checked, errors, warnings, infos, run.problems().size(),
                failing, options.threshold(), reports);
    }

    private String displayName(Path file) {
        Path base = options.baseDirectory();
        return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
    }
}
