package org.appflowcontracts.check;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.appflowcontracts.validator.config.ConfigurationFinder;

/**
 * The project configuration file that applies to each checked file (found as the command line finds it: the
 * nearest {@code .appflow-contracts.yaml} in its folder or above), as a digest: a file whose configuration changed
 * is checked again although its own content did not.
 */
final class ConfigurationFiles {

    private final ConfigurationFinder finder = new ConfigurationFinder();
    private final Map<Path, String> digestOfFile = new HashMap<>();

    /** The digest of the configuration that applies to the file, or empty text when none does. */
    String digestFor(Path file) {
        return finder.locate(file).map(config -> digestOfFile.computeIfAbsent(config, ContentHash::ofFile)).orElse("");
    }
}
