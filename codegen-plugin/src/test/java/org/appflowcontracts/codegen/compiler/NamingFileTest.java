package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.appflowcontracts.codegen.Fixture;
import org.appflowcontracts.codegen.SchemaCompileException;
import org.appflowcontracts.codegen.parse.DirectorySchemaSource;
import org.appflowcontracts.codegen.parse.SchemaInput;
import org.junit.jupiter.api.Test;

/** The naming file beside the schemas sets the words of generated names, and a malformed one fails located. */
class NamingFileTest {

    private static final String CONNECTOR_TYPE = "com/example/pipes/ConnectorType.java";

    @Test
    void theFixturesNamingFileKeepsODataWhole() {
        assertThat(connectorType(Fixture.inputs(), NamingFile.optionalDefault()))
                .contains("SAP_ODATA(\"SAPOData\")").doesNotContain("SAPO_DATA");
    }

    @Test
    void withoutANamingFileLettersAloneSplitTheWords() {
        List<SchemaInput> inputs = Fixture.inputs().stream()
                .filter(i -> !i.file().equals(Fixture.NAMING_FILE)).toList();
        assertThat(connectorType(inputs, NamingFile.optionalDefault()))
                .contains("SAPO_DATA(\"SAPOData\")").doesNotContain("SAP_ODATA");
    }

    @Test
    void aConfiguredFileIsReadFromItsPathAndMustExist() {
        List<SchemaInput> inputs = Fixture.withDocument("names/words.json", "{\"words\": [\"OData\"]}").stream()
                .filter(i -> !i.file().equals(Fixture.NAMING_FILE)).toList();
        assertThat(connectorType(inputs, new NamingFile("names/words.json", true))).contains("SAP_ODATA(");
        assertThatThrownBy(() -> connectorType(inputs, new NamingFile("names/missing.json", true)))
                .isInstanceOf(SchemaCompileException.class)
                .hasMessageStartingWith("names/missing.json#: the naming file is not among the schema inputs");
        assertThatThrownBy(() -> new NamingFile("names.txt", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMalformedNamingFileFailsWithFileAndPointer() {
        assertLocated("{\"words\": [\"OData\", \"SAP OData\"]}", "/words/1", "a word is a string of ASCII letters");
        assertLocated("{\"words\": [\"OData\", 7]}", "/words/1", "a word is a string");
        assertLocated("{\"words\": [\"OData\", \"OData\"]}", "/words/1", "'OData' is listed twice");
        assertLocated("{\"words\": [], \"word\": []}", "/word", "unknown member 'word'");
        assertLocated("{\"words\": \"OData\"}", "/words", "\"words\" must be an array");
        assertLocated("{\"$comment\": 1, \"words\": []}", "/$comment", "\"$comment\" must be a string");
        assertLocated("{}", "", "\"words\" must be an array");
        assertLocated("[\"OData\"]", "", "a naming file must be a JSON object");
        assertLocated("{\"words\": [\"OData\",]", "", "not valid JSON (line 1");
        assertLocated("{\"words\": [], \"words\": []}", "", "not valid JSON");
    }

    @Test
    void theNamingFileIsPartOfTheUpToDateDigestAndTheFingerprint() {
        List<SchemaInput> other = Fixture.withDocument(Fixture.NAMING_FILE, "{\"words\": []}");
        assertThat(UpToDateCheck.digest(other, "cfg", "1")).isNotEqualTo(UpToDateCheck.digest(Fixture.inputs(), "cfg", "1"));
        CompilerConfig defaults = Fixture.config(Path.of("out"));
        CompilerConfig named = new CompilerConfig(new DirectorySchemaSource(Fixture.ROOT), Path.of("out"),
                Fixture.PACKAGE, Set.of(), true, true, true, new NamingFile("names/words.json", true));
        assertThat(named.fingerprint()).isNotEqualTo(defaults.fingerprint()).contains("naming=names/words.json");
    }

    private static void assertLocated(String json, String pointer, String problem) {
        List<SchemaInput> inputs = Fixture.withDocument(Fixture.NAMING_FILE, json);
        assertThatThrownBy(() -> connectorType(inputs, NamingFile.optionalDefault()))
                .as(json)
                .isInstanceOfSatisfying(SchemaCompileException.class, e -> {
                    assertThat(e.file()).isEqualTo(Fixture.NAMING_FILE);
                    assertThat(e.pointer()).isEqualTo(pointer);
                })
                .hasMessageContaining(problem);
    }

    private static String connectorType(List<SchemaInput> inputs, NamingFile namingFile) {
        CompilerConfig config = new CompilerConfig(new DirectorySchemaSource(Fixture.ROOT), Path.of("unused"),
                Fixture.PACKAGE, Set.of(), true, true, true, namingFile);
        return new SchemaCompiler().generate(config, inputs).files().stream()
                .filter(f -> f.path().equals(CONNECTOR_TYPE)).findFirst().orElseThrow().content();
    }
}
