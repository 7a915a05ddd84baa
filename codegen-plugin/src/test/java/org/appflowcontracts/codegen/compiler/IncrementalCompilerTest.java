package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.appflowcontracts.codegen.Fixture;
import org.appflowcontracts.codegen.SchemaCompileException;
import org.appflowcontracts.codegen.parse.DirectorySchemaSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalCompilerTest {

    @Test
    void regeneratesOnlyWhenSomethingChanged(@TempDir Path work) throws Exception {
        Path marker = work.resolve("target/appflow-contracts/default.sha256");
        CompilerConfig config = Fixture.config(work.resolve("out"));
        IncrementalCompiler compiler = new IncrementalCompiler();

        assertThat(compiler.compile(config, marker, "1.0")).isPresent();
        assertThat(marker).isRegularFile();
        assertThat(compiler.compile(config, marker, "1.0")).as("nothing changed").isEmpty();
        assertThat(compiler.compile(config, marker, "1.1")).as("new compiler").isPresent();
        CompilerConfig noBuilders = new CompilerConfig(config.source(), config.outputDirectory(), config.basePackage(),
                Set.of(), false, true, true);
        assertThat(compiler.compile(noBuilders, marker, "1.1")).as("new configuration").isPresent();
    }

    @Test
    void aFailedGenerationIsNeverTakenAsUpToDate(@TempDir Path work) throws Exception {
        Path schemas = work.resolve("schemas");
        Files.createDirectories(schemas.resolve("rules"));
        for (var input : Fixture.inputs()) {
            Files.write(schemas.resolve(input.file()), input.content());
        }
        Path marker = work.resolve("marker.sha256");
        CompilerConfig config = new CompilerConfig(new DirectorySchemaSource(schemas), work.resolve("out"),
                Fixture.PACKAGE, Set.of(), true, true, true);
        IncrementalCompiler compiler = new IncrementalCompiler();
        assertThat(compiler.compile(config, marker, "1.0")).isPresent();

        Files.writeString(schemas.resolve("shapes.schema.json"),
                Fixture.read("shapes.schema.json").replace("\"maxItems\": 50", "\"maxItems\": 50, \"format\": \"x\""));
        assertThatThrownBy(() -> compiler.compile(config, marker, "1.0")).isInstanceOf(SchemaCompileException.class);
        assertThat(marker).doesNotExist();
    }
}
