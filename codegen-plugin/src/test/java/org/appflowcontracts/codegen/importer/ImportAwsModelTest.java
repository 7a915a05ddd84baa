package org.appflowcontracts.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAwsModelTest {

    @TempDir
    Path out;

    @Test
    void mainImportsTheModel() {
        int status = ImportAwsModel.run(new String[] {SchemaRegenerationTest.MODEL.toString(), out.toString()});
        assertThat(status).isZero();
        assertThat(out.resolve("shapes.schema.json")).exists();
        assertThat(out.resolve("CreateFlowRequest.schema.json")).exists();
    }

    @Test
    void mainReportsUsageAndBadInput() throws Exception {
        assertThat(ImportAwsModel.run(new String[] {"only-one"})).isEqualTo(2);
        Path bad = out.resolve("bad.json");
        Files.writeString(bad, "{\"metadata\": {}, ");
        assertThat(ImportAwsModel.run(new String[] {bad.toString(), out.resolve("x").toString()})).isEqualTo(1);
    }

    @Test
    void mojoImportsTheModel() throws Exception {
        ImportAwsModelMojo mojo = new ImportAwsModelMojo();
        set(mojo, "modelFile", SchemaRegenerationTest.MODEL.toFile());
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
