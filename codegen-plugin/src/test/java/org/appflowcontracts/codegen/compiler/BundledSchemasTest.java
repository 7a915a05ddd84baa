package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.appflowcontracts.codegen.parse.ClasspathSchemaSource;
import org.appflowcontracts.codegen.parse.SchemaInput;
import org.junit.jupiter.api.Test;

/**
 * The contracts shipped in the schemas artifact (on this module's class path, as for the plugin) compile:
 * every keyword they use is supported, and each entry gets its types and validator.
 */
class BundledSchemasTest {

    @Test
    void bundledContractsCompile() throws Exception {
        ClasspathSchemaSource source = new ClasspathSchemaSource(getClass().getClassLoader(), "schemas/appflow/2020-08-23/");
        List<SchemaInput> inputs = source.load();
        assertThat(inputs).extracting(SchemaInput::file)
                .contains("shapes.schema.json", "CreateFlowRequest.contract.schema.json")
                .anyMatch(f -> f.startsWith("rules/"));

        CompilerConfig config = new CompilerConfig(source, Path.of("unused"), "com.example.appflow", Set.of(),
                true, true, true);
        SchemaCompiler.Generation generation = new SchemaCompiler().generate(config, inputs);
        Map<String, String> files = generation.files().stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));

        assertThat(generation.records()).isGreaterThan(150);
        assertThat(generation.enums()).isGreaterThan(30);
        assertThat(files.get("com/example/appflow/TaskType.java")).contains("MAP_ALL(\"Map_all\")");
        assertThat(files.get("com/example/appflow/ConnectorType.java")).contains("GOOGLEANALYTICS(\"Googleanalytics\")")
                .contains("SAP_ODATA(\"SAPOData\")");
        // The bundled naming file keeps OData whole in members too; type names keep the schemas' spelling.
        assertThat(files.get("com/example/appflow/SourceConnectorProperties.java"))
                .contains("SAPODataSourceProperties sapOData").doesNotContain("sapoData");
        assertThat(files.get("com/example/appflow/validation/CreateFlowRequestValidator.java"))
                .contains("CreateFlowRequestContractSchemaChecks");
        assertThat(files).containsKey("com/example/appflow/validation/UpdateFlowRequestValidator.java");
    }
}
