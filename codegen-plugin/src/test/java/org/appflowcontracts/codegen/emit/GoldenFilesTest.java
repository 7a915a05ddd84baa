package org.appflowcontracts.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.appflowcontracts.codegen.Fixture;
import org.appflowcontracts.codegen.compiler.GeneratedFile;
import org.appflowcontracts.codegen.compiler.SchemaCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares a handful of generated files with the reviewed copies under {@code src/test/resources/golden}.
 * After an intended change of the generated code, regenerate them with
 * {@code mvn -o -pl codegen-plugin -am verify -DskipITs -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dappflow.golden.update=true}
 * and review the diff.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("appflow.golden.update");

    @ParameterizedTest
    @ValueSource(strings = {
        "com/example/pipes/Stage.java",
        "com/example/pipes/ConnectorType.java",
        "com/example/pipes/CreatePipeRequest.java",
        "com/example/pipes/CreatePipeResponse.java",
        "com/example/pipes/validation/RulesPipeRulesChecks.java",
        "com/example/pipes/validation/CreatePipeRequestValidator.java",
        "com/example/pipes/validation/CreatePipeRequestContractSchemaChecks.java",
        "com/example/pipes/validation/ShapesSchemaChecks.java",
        "com/example/pipes/validation/PathNames.java"
    })
    void generatedFileMatchesGolden(String path) throws IOException {
        SchemaCompiler.Generation generation = Fixture.generate();
        Map<String, String> files = generation.files().stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
        String golden = path.substring(path.lastIndexOf('/') + 1) + ".golden";
        String actual = files.get(path);
        assertThat(actual).as("generated %s", path).isNotNull();
        Path goldenFile = GOLDEN.resolve(golden);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(goldenFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(goldenFile, StandardCharsets.UTF_8));
    }
}
