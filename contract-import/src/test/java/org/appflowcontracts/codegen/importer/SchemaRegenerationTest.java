package org.appflowcontracts.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed imported schemas are exactly what the importer produces from the committed model.
 * With {@code -Dappflow.regenerate=true} the test rewrites them instead of comparing.
 */
class SchemaRegenerationTest {

    static final Path MODEL = Path.of("../schemas/src/main/aws-model/appflow-2020-08-23.json");
    static final Path COMMITTED = Path.of("../schemas/src/main/resources/schemas/appflow/2020-08-23");
    static final String REGENERATE_COMMAND = "mvn -B -o -pl codegen-plugin -am test -Dtest=SchemaRegenerationTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dappflow.regenerate=true";

    @Test
    void committedSchemasMatchAFreshImport(@TempDir Path fresh) throws IOException {
        if (Boolean.getBoolean("appflow.regenerate")) {
            for (Path stale : importedFiles(COMMITTED)) {
                Files.delete(stale);
            }
            AwsModelImporter.importModel(MODEL, COMMITTED);
        }
        SortedMap<String, String> expected = AwsModelImporter.importModel(MODEL, fresh);
        List<String> differences = new ArrayList<>();
        TreeSet<String> committedNames = new TreeSet<>();
        for (Path file : importedFiles(COMMITTED)) {
            committedNames.add(file.getFileName().toString());
        }
        for (String name : expected.keySet()) {
            Path committed = COMMITTED.resolve(name);
            if (!Files.exists(committed)) {
                differences.add("missing: " + name);
            } else if (!new String(Files.readAllBytes(committed), StandardCharsets.UTF_8).equals(expected.get(name))) {
                differences.add("differs: " + name);
            }
        }
        committedNames.removeAll(expected.keySet());
        committedNames.forEach(name -> differences.add("not produced by the importer: " + name));
        assertThat(differences)
                .as("imported schemas in %s are out of date; regenerate them with:%n  %s%n", COMMITTED,
                        REGENERATE_COMMAND)
                .isEmpty();
        assertThat(expected).hasSize(51);
    }

    /** The files the importer owns in a directory: shapes and entry schemas (never overlays). */
    static List<Path> importedFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.equals(AwsModelImporter.SHAPES_FILE) || n.endsWith("Request.schema.json")
                        || n.endsWith("Response.schema.json");
            }).sorted().toList();
        }
    }
}
