package org.appflowcontracts.validator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.config.ConfigurationException;
import org.appflowcontracts.validator.config.ProjectConfiguration;
import org.appflowcontracts.validator.config.RuleIds;
import org.appflowcontracts.validator.suppress.Baseline;
import org.appflowcontracts.validator.suppress.SuppressionPolicy;
import org.appflowcontracts.validator.suppress.Suppressions;
import picocli.CommandLine;

/** Turns the {@link SuppressionOptions} of a run into its {@link ProjectRules}, and writes a baseline after it. */
final class ProjectRulesSetup {

    private final SuppressionOptions options;
    private final CommandLine commandLine;

    ProjectRulesSetup(SuppressionOptions options, CommandLine commandLine) {
        this.options = options;
        this.commandLine = commandLine;
    }

    /** @throws ConfigurationException a forced configuration or the baseline cannot be used */
    ProjectRules create(ValidationService service, Path workingDirectory) throws ConfigurationException {
        if (options.config != null && options.noConfig) {
            throw usage("--config and --no-config cannot be combined");
        }
        if (options.baseline != null && options.writeBaseline != null) {
            throw usage("--write-baseline writes every finding reported; leave out --baseline");
        }
        rejectUnknownRules(service);
        // The rules of the contracts checked (a --schemas copy has a team's own), read only once a file names one.
        RuleIds knownRule = RuleIds.of(new RuleIdsOf(service));
        Optional<ProjectConfiguration> forced = options.config == null ? Optional.empty()
                : Optional.of(ProjectConfiguration.load(workingDirectory.resolve(options.config), knownRule)
                        .relativeTo(workingDirectory));
        Optional<Baseline> baseline = options.baseline == null ? Optional.empty()
                : Optional.of(Baseline.read(workingDirectory.resolve(options.baseline)));
        SuppressionPolicy policy = new SuppressionPolicy(options.ignore, baseline);
        return new ProjectRules(forced, options.config == null && !options.noConfig, policy, workingDirectory,
                knownRule);
    }

    /**
     * The ids of the rules a service checks, listed when first asked. A named class, not a lambda: every run
     * builds one, and a process's first lambda costs a one-file run milliseconds of method-handle set-up.
     */
    private record RuleIdsOf(ValidationService service) implements Supplier<Collection<String>> {
        @Override
        public Collection<String> get() {
            List<String> ids = new ArrayList<>();
            for (RuleDescription rule : service.rules()) {
                ids.add(rule.id());
            }
            return ids;
        }
    }

    private void rejectUnknownRules(ValidationService service) {
        if (options.ignore.isEmpty()) {
            return;
        }
        RuleExplainer rules = new RuleExplainer(service.rules());
        for (String id : options.ignore) {
            boolean known = service.rules().stream()
                    .anyMatch(r -> r.id().equals(id) || r.id().startsWith(id + "."));
            if (!known) {
                throw usage("--ignore: unknown rule '" + id + "'" + rules.suggest(id).map(s -> "; did you mean " + s
                        + "?").orElse("; see --list-rules"));
            }
        }
    }

    /**
     * With {@code --write-baseline FILE}: writes every finding reported (not the tool's own {@code config.*}
     * warnings) as accepted, in place of the entries FILE held for the files checked (entries of other files that
     * still exist are kept), and returns the outcomes as the baseline now leaves them.
     */
    List<FileOutcome> writeBaselineIfAsked(List<FileOutcome> outcomes, Path workingDirectory) throws IOException {
        if (options.writeBaseline == null) {
            return outcomes;
        }
        Path file = workingDirectory.resolve(options.writeBaseline);
        Map<Path, List<Violation>> findings = new LinkedHashMap<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome instanceof FileOutcome.Checked c && c.source().path() != null) {
                findings.computeIfAbsent(workingDirectory.resolve(c.source().path()), p -> new ArrayList<>())
                        .addAll(c.report().violations().stream().filter(v -> !v.ruleId().startsWith("config.")).toList());
            }
        }
        Baseline baseline = previous(file).rewrittenWith(findings);
        baseline.write(file);
        List<FileOutcome> applied = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            applied.add(outcome instanceof FileOutcome.Checked c && c.source().path() != null
                    ? accepted(c, baseline, workingDirectory) : outcome);
        }
        return applied;
    }

    /** The baseline being rewritten, or an empty one when there is none yet (or it is not one). */
    private static Baseline previous(Path file) {
        if (Files.isRegularFile(file)) {
            try {
                return Baseline.read(file);
            } catch (ConfigurationException e) {
                // Replaced as a whole, as before: the entries of a damaged baseline cannot be told apart.
            }
        }
        return Baseline.of(file, Map.of());
    }

    private static FileOutcome accepted(FileOutcome.Checked c, Baseline baseline, Path workingDirectory) {
        Suppressions.Applied applied = Suppressions.apply(c.report().violations(),
                baseline.suppressionsFor(workingDirectory.resolve(c.source().path())));
        List<org.appflowcontracts.validator.suppress.Suppressed> suppressed = new ArrayList<>(c.suppressed());
        suppressed.addAll(applied.suppressed());
        return new FileOutcome.Checked(c.source(), new ValidationReport(c.report().operation(), applied.reported()),
                c.operation(), suppressed);
    }

    private RuntimeException usage(String message) {
        return UsageErrors.of(commandLine, message);
    }
}
