package org.appflowcontracts.codegen.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.appflowcontracts.codegen.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaSourcesTest {

    @Test
    void directoryListsNestedDocumentsWithRelativeNames() throws IOException {
        List<SchemaInput> inputs = new DirectorySchemaSource(Fixture.ROOT).load();
        assertThat(inputs).extracting(SchemaInput::file)
                .containsExactly("CreatePipeRequest.contract.schema.json", "CreatePipeRequest.schema.json",
                        "CreatePipeResponse.schema.json", "DeletePipeResponse.schema.json", "codegen-naming.json",
                        "rules/pipe.rules.json", "shapes.schema.json");
    }

    @Test
    void fileListKeepsNamesRelativeToItsRoot() throws IOException {
        FileListSchemaSource source = new FileListSchemaSource(Fixture.ROOT,
                List.of(Path.of("shapes.schema.json"), Path.of("rules/pipe.rules.json")));
        assertThat(source.load()).extracting(SchemaInput::file)
                .containsExactly("rules/pipe.rules.json", "shapes.schema.json");
        assertThatThrownBy(() -> new FileListSchemaSource(Fixture.ROOT, List.of(Path.of("missing.json"))).load())
                .isInstanceOf(IOException.class).hasMessageContaining("missing.json");
    }

    @Test
    void classpathFolderInsideAJar(@TempDir Path work) throws IOException {
        Path jar = work.resolve("schemas.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Folder entries, as Maven-built jars have them: the folder itself is looked up as a resource.
            for (String folder : List.of("schemas/", "schemas/demo/", "schemas/demo/rules/", "schemas/other/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            for (SchemaInput input : Fixture.inputs()) {
                out.putNextEntry(new JarEntry("schemas/demo/" + input.file()));
                out.write(input.content());
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("schemas/other/ignored.json"));
            try (OutputStream ignored = OutputStream.nullOutputStream()) {
                out.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<SchemaInput> inputs = new ClasspathSchemaSource(loader, "schemas/demo").load();
            assertThat(inputs).extracting(SchemaInput::file).contains("rules/pipe.rules.json", "shapes.schema.json")
                    .hasSize(7);
            assertThatThrownBy(() -> new ClasspathSchemaSource(loader, "schemas/none/").load())
                    .isInstanceOf(IOException.class).hasMessageContaining("schemas/none/");
        }
    }
}
