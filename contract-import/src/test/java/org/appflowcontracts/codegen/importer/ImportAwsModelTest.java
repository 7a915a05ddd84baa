package org.appflowcontracts.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
