package org.appflowcontracts.validator.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.appflowcontracts.codegen.importer.ModelFormatException;

/**
 * The two contracts folders {@code diff --check} validates under: a folder side as it is, a service-model side
 * imported into a temporary folder that is deleted on close.
 */
final class CheckedContracts implements AutoCloseable {

    private final Path temporary;
    private final Path before;
    private final Path after;

    /** @throws IllegalArgumentException when a service model cannot be imported */
    CheckedContracts(Path oldSide, Path newSide) {
        try {
            this.temporary = Files.createTempDirectory("appflow-diff-check");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the imported models", e);
        }
        try {
            this.before = folderFor(oldSide, temporary.resolve("old"));
            this.after = folderFor(newSide, temporary.resolve("new"));
        } catch (ModelFormatException e) {
            close();
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    Path before() {
        return before;
    }

    Path after() {
        return after;
    }

    private static Path folderFor(Path side, Path importInto) {
        return Files.isDirectory(side) ? side : ServiceModelContracts.materialize(side, importInto);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(temporary)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A leftover temporary folder costs disk space, not a wrong verdict.
        }
    }
}
