package org.appflowcontracts.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project configuration file that applies to each checked file (the nearest {@code .appflow-contracts.yaml}
 * in its folder or above, as the command line finds it), as a digest: a file whose configuration changed is
 * checked again although its own content did not.
 */
final class ConfigurationFiles {

    private final List<String> names;
    private final Map<Path, String> digestOfFolder = new HashMap<>();

    ConfigurationFiles(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** The digest of the configuration that applies to the file, or empty text when none does. */
    String digestFor(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return folder == null ? "" : digestOf(folder);
    }

    private String digestOf(Path folder) {
        String known = digestOfFolder.get(folder);
        if (known != null) {
            return known;
        }
        Optional<Path> here = names.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst();
        String digest = here.map(ContentHash::ofFile)
                .orElseGet(() -> folder.getParent() == null ? "" : digestOf(folder.getParent()));
        digestOfFolder.put(folder, digest);
        return digest;
    }
}
