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
        Path schemas = schemaCopy(work);
        Path marker = work.resolve("marker.sha256");
        CompilerConfig config = new CompilerConfig(new DirectorySchemaSource(schemas), work.resolve("out"),
                Fixture.PACKAGE, Set.of(), true, true, true);
        IncrementalCompiler compiler = new IncrementalCompiler();
        assertThat(compiler.compile(config, marker, "1.0")).isPresent();

        breakShapes(schemas);
        assertThatThrownBy(() -> compiler.compile(config, marker, "1.0")).isInstanceOf(SchemaCompileException.class);
        Files.writeString(schemas.resolve("shapes.schema.json"), Fixture.read("shapes.schema.json"));
        assertThat(compiler.compile(config, marker, "1.0")).as("the failed run left no success behind").isPresent();
    }

    @Test
    void aFailedGenerationKeepsTheFilesTheNextSuccessMustRemove(@TempDir Path work) throws Exception {
        Path schemas = schemaCopy(work);
        Path marker = work.resolve("marker.sha256");
        Path out = work.resolve("out");
        CompilerConfig withValidators = new CompilerConfig(new DirectorySchemaSource(schemas), out, Fixture.PACKAGE,
                Set.of(), true, true, true);
        IncrementalCompiler compiler = new IncrementalCompiler();
        compiler.compile(withValidators, marker, "1.0");
        breakShapes(schemas);
        CompilerConfig noValidators = new CompilerConfig(withValidators.source(), out, Fixture.PACKAGE, Set.of(), true,
                true, false);
        assertThatThrownBy(() -> compiler.compile(noValidators, marker, "1.0")).isInstanceOf(SchemaCompileException.class);

        Files.writeString(schemas.resolve("shapes.schema.json"), Fixture.read("shapes.schema.json"));
        CompileResult result = compiler.compile(noValidators, marker, "1.0").orElseThrow();

        assertThat(result.deleted()).isPositive();
        assertThat(out.resolve("com/example/pipes/validation")).isEmptyDirectory();
    }

    @Test
    void aGeneratedFileDeletedOrEditedByHandIsWrittenAgain(@TempDir Path work) throws Exception {
        Path marker = work.resolve("marker.sha256");
        CompilerConfig config = Fixture.config(work.resolve("out"));
        IncrementalCompiler compiler = new IncrementalCompiler();
        compiler.compile(config, marker, "1.0");
        Path record = config.outputDirectory().resolve("com/example/pipes/Stage.java");
        String generated = Files.readString(record);

        Files.delete(record);
        assertThat(compiler.compile(config, marker, "1.0")).as("a file is missing").isPresent();
        assertThat(record).hasContent(generated);

        Files.writeString(record, generated.replace("record Stage", "record Stage /* edited */"));
        CompileResult again = compiler.compile(config, marker, "1.0").orElseThrow();
        assertThat(again.written()).as("only the edited file").isEqualTo(1);
        assertThat(record).hasContent(generated);
        assertThat(compiler.compile(config, marker, "1.0")).isEmpty();
    }

    @Test
    void filesTheLastGenerationWroteAndNoLongerProducesAreRemovedAndNoOthers(@TempDir Path work) throws Exception {
        Path marker = work.resolve("marker.sha256");
        CompilerConfig config = Fixture.config(work.resolve("out"));
        IncrementalCompiler compiler = new IncrementalCompiler();
        compiler.compile(config, marker, "1.0");
        Path validation = config.outputDirectory().resolve("com/example/pipes/validation");
        assertThat(validation).isDirectoryContaining("glob:**.java");
        Path handwritten = config.outputDirectory().resolve("com/example/pipes/Handwritten.java");
        Files.writeString(handwritten, "class Handwritten {}");

        CompilerConfig noValidators = new CompilerConfig(config.source(), config.outputDirectory(),
                config.basePackage(), Set.of(), true, true, false);
        CompileResult result = compiler.compile(noValidators, marker, "1.0").orElseThrow();

        assertThat(result.deleted()).isPositive();
        assertThat(validation).isEmptyDirectory();
        assertThat(handwritten).as("never written by a generation").exists();
    }

    @Test
    void twoExecutionsSharingAnOutputDirectoryKeepEachOthersFiles(@TempDir Path work) throws Exception {
        Path out = work.resolve("out");
        CompilerConfig first = Fixture.config(out);
        CompilerConfig second = new CompilerConfig(first.source(), out, "com.example.other", Set.of(), true, true,
                true);
        IncrementalCompiler compiler = new IncrementalCompiler();
        compiler.compile(first, work.resolve("first.sha256"), "1.0");

        CompileResult other = compiler.compile(second, work.resolve("second.sha256"), "1.0").orElseThrow();

        assertThat(other.deleted()).isZero();
        assertThat(out.resolve("com/example/pipes/Stage.java")).exists();
        assertThat(compiler.compile(first, work.resolve("first.sha256"), "1.0")).as("first output intact").isEmpty();
    }

    /** The fixture's schemas as files, so a test can break and mend them. */
    private static Path schemaCopy(Path work) throws Exception {
        Path schemas = work.resolve("schemas");
        Files.createDirectories(schemas.resolve("rules"));
        for (var input : Fixture.inputs()) {
            Files.write(schemas.resolve(input.file()), input.content());
        }
        return schemas;
    }

    /** An unsupported keyword: the compiler refuses the shapes document. */
    private static void breakShapes(Path schemas) throws Exception {
        Files.writeString(schemas.resolve("shapes.schema.json"),
                Fixture.read("shapes.schema.json").replace("\"maxItems\": 50", "\"maxItems\": 50, \"format\": \"x\""));
    }
}
