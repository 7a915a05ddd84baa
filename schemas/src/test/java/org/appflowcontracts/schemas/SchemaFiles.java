package org.appflowcontracts.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Locations of the committed schemas and model, relative to the module directory (Surefire's working dir). */
final class SchemaFiles {

    static final Path SCHEMAS_ROOT = Path.of("src/main/resources/schemas");
    static final Path APPFLOW_DIR = SCHEMAS_ROOT.resolve("appflow/2020-08-23");
    static final Path MODEL = Path.of("src/main/aws-model/appflow-2020-08-23.json");
    static final String ID_BASE = "https://schemas.appflowcontracts.org/appflow/2020-08-23/";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SchemaFiles() {
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static JsonNode model() {
        return read(MODEL);
    }

    static JsonNode shapesSchema() {
        return read(APPFLOW_DIR.resolve("shapes.schema.json"));
    }

    /** Every committed {@code *.json} under {@code src/main/resources/schemas}, sorted. */
    static List<Path> allSchemaFiles() {
        try (Stream<Path> files = Files.walk(SCHEMAS_ROOT)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
