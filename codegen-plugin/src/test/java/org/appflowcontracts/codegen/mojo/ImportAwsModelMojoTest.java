package org.appflowcontracts.codegen.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAwsModelMojoTest {

    private static final Path MODEL = Path.of("../schemas/src/main/aws-model/appflow-2020-08-23.json");

    @TempDir
    Path out;

    @Test
    void mojoImportsTheModel() throws Exception {
        ImportAwsModelMojo mojo = new ImportAwsModelMojo();
        set(mojo, "modelFile", MODEL.toFile());
        set(mojo, "outputDirectory", out.toFile());
        mojo.execute();
        try (var files = Files.list(out)) {
            assertThat(files.count()).isEqualTo(51);
        }
    }

    @Test
    void mojoFailsOnAMissingModel() throws Exception {
        ImportAwsModelMojo mojo = new ImportAwsModelMojo();
        set(mojo, "modelFile", new File("no-such-model.json"));
        set(mojo, "outputDirectory", out.toFile());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("no-such-model.json");
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
