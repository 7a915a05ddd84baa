package org.appflowcontracts.validator.suppress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.config.ProjectConfiguration;

/**
 * Everything that decides which findings of a file are reported, besides the file itself: rules ignored for the
 * whole run (the command line's {@code --ignore}) and a baseline. Applied per file together with the file's
 * configuration and its in-source suppressions.
 *
 * <pre>{@code
 * SuppressionPolicy policy = new SuppressionPolicy(List.of(), Optional.of(Baseline.read(baselineFile)));
 * Suppressions.Applied applied = policy.apply(file, content, ProjectConfiguration.discover(file), findings);
 * }</pre>
 */
public record SuppressionPolicy(List<String> ignoredRules, Optional<Baseline> baseline) {

    public SuppressionPolicy {
        ignoredRules = List.copyOf(ignoredRules);
    }

    public static SuppressionPolicy none() {
        return new SuppressionPolicy(List.of(), Optional.empty());
    }

    /**
     * The file's findings with the configuration's severities, less the suppressed ones; plus a warning for each
     * in-source suppression that is unused or unreadable.
     *
     * @param file          the file (null for standard input, which only in-source suppressions and
     *                      {@code ignoredRules} apply to)
     * @param content       its bytes, read for in-source suppressions
     * @param configuration the project configuration that applies to it, if any
     * @param findings      what checking the file reported
     */
    public Suppressions.Applied apply(Path file, byte[] content, Optional<ProjectConfiguration> configuration,
            List<Violation> findings) {
        // No lambdas: this runs for every document, and a one-file run would pay for the first lambda's set-up.
        List<Violation> all = new ArrayList<>(configuration.isPresent() ? configuration.get().withSeverities(findings)
                : findings);
        InSourceSuppressions.Found inSource = InSourceSuppressions.read(content,
                file == null ? null : file.getFileName().toString());
        all.addAll(inSource.problems());
        // The most specific first, so a finding is attributed to the suppression written at it.
        List<Suppression> suppressions = new ArrayList<>(inSource.suppressions());
        for (String id : ignoredRules) {
            suppressions.add(new Suppression(id, Suppression.Kind.EXTERNAL, new Suppression.WholeFile(), "",
                    "--ignore", 0, 0));
        }
        if (file != null) {
            if (configuration.isPresent()) {
                suppressions.addAll(configuration.get().suppressionsFor(file));
            }
            if (baseline.isPresent()) {
                suppressions.addAll(baseline.get().suppressionsFor(file));
            }
        }
        return Suppressions.apply(all, suppressions);
    }
}
