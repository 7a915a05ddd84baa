package org.appflowcontracts.validator.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.appflowcontracts.validator.OperationChoice;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.suppress.Suppression;

/**
 * A project's {@code .appflow-contracts.yaml}: which operation the API bodies under a path are, which rules are
 * not reported where, and rule severities. Paths are relative to the file's directory.
 *
 * <pre>{@code
 * Optional<ProjectConfiguration> config = ProjectConfiguration.discover(Path.of("flows/update-orders.json"));
 * config.flatMap(c -> c.operationFor(file));   // the operation the configuration gives, and the entry
 * config.map(c -> c.suppressionsFor(file));    // for Suppressions.apply
 * }</pre>
 *
 * @param file    the configuration file
 * @param base    the directory its globs are relative to (the file's own, unless {@link #relativeTo} said otherwise)
 * @param entries its {@code files} entries, in order
 * @param rules   rule id (or parent rule id) to {@code error}, {@code warning}, {@code info} or {@code off}
 */
public record ProjectConfiguration(Path file, Path base, List<FileEntry> entries, Map<String, String> rules) {

    /** The names looked for, in each directory from the checked file's upward; the first found wins. */
    public static final List<String> FILE_NAMES = List.of(".appflow-contracts.yaml", ".appflow-contracts.yml");

    public ProjectConfiguration {
        base = base.toAbsolutePath().normalize();
        entries = List.copyOf(entries);
        rules = Map.copyOf(rules);
    }

    /** A configuration read from {@code file}, its globs relative to the file's directory. */
    public ProjectConfiguration(Path file, List<FileEntry> entries, Map<String, String> rules) {
        this(file, file.toAbsolutePath().normalize().getParent(), entries, rules);
    }

    /**
     * The same settings with globs relative to {@code directory}: a configuration given on the command line
     * ({@code --config ci/strict.yaml}) matches paths from the working directory, as other linters do.
     */
    public ProjectConfiguration relativeTo(Path directory) {
        return new ProjectConfiguration(file, directory, entries, rules);
    }

    /** The configuration that applies to a file: the nearest one in its directory or above, if any. */
    public static Optional<ProjectConfiguration> discover(Path checkedFile) throws ConfigurationException {
        return new ConfigurationFinder().find(checkedFile);
    }

    /** Reads and checks one configuration file; rule ids must be the shipped catalog's. */
    public static ProjectConfiguration load(Path configurationFile) throws ConfigurationException {
        return load(configurationFile, RuleIds.shipped());
    }

    /** Reads and checks one configuration file; {@code knownRule} tells the rule ids it may name. */
    public static ProjectConfiguration load(Path configurationFile, java.util.function.Predicate<String> knownRule)
            throws ConfigurationException {
        return ConfigurationLoader.load(configurationFile, knownRule);
    }

    /**
     * A file's path relative to {@link #base}, {@code /}-separated; for a file outside it (possible only with a
     * configuration given on the command line) its absolute path without the leading separator, which globs
     * starting with {@code **}{@code /} still match.
     */
    public String relativePath(Path checkedFile) {
        Path absolute = checkedFile.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute.getRoot().relativize(absolute);
        return relative.toString().replace('\\', '/');
    }

    /** The operation the first matching entry with one gives API bodies at this path. */
    public Optional<OperationChoice> operationFor(Path checkedFile) {
        String relative = relativePath(checkedFile);
        return entries.stream()
                .filter(e -> e.operation().isPresent() && e.matches(relative))
                .findFirst()
                .map(e -> new OperationChoice(e.operation().get(), OperationChoice.Basis.CONFIGURATION,
                        file.getFileName() + " line " + e.at().line() + ", match " + e.describe()));
    }

    /** The rules turned off, and those ignored by every entry matching this path, as external suppressions. */
    public List<Suppression> suppressionsFor(Path checkedFile) {
        List<Suppression> suppressions = new ArrayList<>();
        rules.forEach((id, setting) -> {
            if (setting.equals("off")) {
                suppressions.add(new Suppression(id, Suppression.Kind.EXTERNAL, new Suppression.WholeFile(),
                        "turned off in " + file.getFileName(), file + " rules", 0, 0));
            }
        });
        String relative = relativePath(checkedFile);
        for (FileEntry entry : entries) {
            if (entry.matches(relative)) {
                for (String id : entry.ignore()) {
                    suppressions.add(new Suppression(id, Suppression.Kind.EXTERNAL, new Suppression.WholeFile(),
                            entry.reason(), file + " line " + entry.at().line() + ", match " + entry.describe(), 0, 0));
                }
            }
        }
        return suppressions;
    }

    /** The findings with the severities this configuration sets (the most specific rule id wins). */
    public List<Violation> withSeverities(List<Violation> findings) {
        return findings.stream().map(this::withSeverity).toList();
    }

    private Violation withSeverity(Violation v) {
        String best = null;
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            String id = rule.getKey();
            boolean covers = v.ruleId().equals(id) || v.ruleId().startsWith(id + ".");
            if (covers && !rule.getValue().equals("off") && (best == null || id.length() > best.length())) {
                best = id;
            }
        }
        if (best == null) {
            return v;
        }
        return new Violation(v.ruleId(), Severity.fromWireName(rules.get(best)), v.pointer(), v.schemaLocation(),
                v.message(), v.line(), v.column(), v.resource());
    }
}
