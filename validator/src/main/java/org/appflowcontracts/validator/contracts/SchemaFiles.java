package org.appflowcontracts.validator.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a team's copy of the contracts before an engine reads it: the engine's own loader reports a broken file
 * without saying which one, so every {@code .json} file is read once here and a syntax error names its file, line
 * and column.
 */
final class SchemaFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SchemaFiles() {}

    /** @throws IllegalArgumentException naming the first file (in path order) that is not well-formed JSON */
    static void requireWellFormed(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
                    .toList()) {
                try {
                    MAPPER.readTree(Files.readAllBytes(file));
                } catch (JacksonException e) {
                    TokenStreamLocation at = e.getLocation();
                    String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
                    throw new IllegalArgumentException(file + ": not valid JSON" + where + ": " + e.getOriginalMessage(),
                            e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
    }
}
