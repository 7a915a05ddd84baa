package org.appflowcontracts.validator.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the configuration of each checked file, searching its directory and then each parent (like
 * {@code .editorconfig}); the nearest file wins and is not merged with any above it. Directories already searched
 * and files already read are remembered, so a run over many files reads each configuration once.
 */
public final class ConfigurationFinder {

    private final Map<Path, Optional<Path>> configurationOfDirectory = new HashMap<>();
    private final Map<Path, ProjectConfiguration> loaded = new HashMap<>();
    private final Predicate<String> knownRule;

    /** A finder for configurations naming the shipped catalog's rules. */
    public ConfigurationFinder() {
        this(RuleIds.shipped());
    }

    /** A finder for configurations naming the rules {@code knownRule} accepts (a team's own contracts, say). */
    public ConfigurationFinder(Predicate<String> knownRule) {
        this.knownRule = knownRule;
    }

    public Optional<ProjectConfiguration> find(Path checkedFile) throws ConfigurationException {
        Optional<Path> file = locate(checkedFile);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        ProjectConfiguration configuration = loaded.get(file.get());
        if (configuration == null) {
            configuration = ProjectConfiguration.load(file.get(), knownRule);
            loaded.put(file.get(), configuration);
        }
        return Optional.of(configuration);
    }

    /** The configuration file that applies to {@code checkedFile}, without reading it. */
    public Optional<Path> locate(Path checkedFile) {
        Path directory = checkedFile.toAbsolutePath().normalize().getParent();
        return directory == null ? Optional.empty() : search(directory);
    }

    private Optional<Path> search(Path directory) {
        Optional<Path> known = configurationOfDirectory.get(directory);
        if (known != null) {
            return known;
        }
        Optional<Path> found = Optional.empty();
        for (String name : ProjectConfiguration.FILE_NAMES) {
            Path candidate = directory.resolve(name);
            if (Files.isRegularFile(candidate)) {
                found = Optional.of(candidate);
                break;
            }
        }
        if (found.isEmpty() && directory.getParent() != null) {
            found = search(directory.getParent());
        }
        configurationOfDirectory.put(directory, found);
        return found;
    }
}
