package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.appflowcontracts.codegen.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @Test
    void sameInputsGiveIdenticalFiles() {
        assertThat(Fixture.generate().files()).isEqualTo(Fixture.generate().files());
    }

    @Test
    void secondCompilationRewritesNothingAndRemovesNoFileItDidNotWrite(@TempDir Path out) throws Exception {
        SchemaCompiler compiler = new SchemaCompiler();
        CompileResult first = compiler.compile(Fixture.config(out), Fixture.inputs());
        assertThat(first.written()).isEqualTo(first.files()).isGreaterThan(10);

        Path record = out.resolve("com/example/pipes/Stage.java");
        FileTime before = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(record, before);
        Path own = out.resolve("com/example/pipes/Handwritten.java");
        Files.writeString(own, "class Handwritten {}");

        CompileResult second = compiler.compile(Fixture.config(out), Fixture.inputs());
        assertThat(second.written()).isZero();
        assertThat(second.deleted()).isZero();
        assertThat(Files.getLastModifiedTime(record)).isEqualTo(before);
        assertThat(own).hasContent("class Handwritten {}");
    }

    @Test
    void digestCoversInputsConfigurationAndVersion() {
        String base = UpToDateCheck.digest(Fixture.inputs(), "cfg", "1.0");
        assertThat(UpToDateCheck.digest(Fixture.inputs(), "cfg", "1.0")).isEqualTo(base);
        assertThat(UpToDateCheck.digest(Fixture.inputs(), "cfg2", "1.0")).isNotEqualTo(base);
        assertThat(UpToDateCheck.digest(Fixture.inputs(), "cfg", "1.1")).isNotEqualTo(base);
        assertThat(UpToDateCheck.digest(Fixture.withDocument("shapes.schema.json", "{}"), "cfg", "1.0")).isNotEqualTo(base);
    }
}
