package org.appflowcontracts.validator.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.appflowcontracts.validator.OperationDetector;
import org.appflowcontracts.validator.contracts.OperationCatalog;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.engine.RawFailure;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published editor schemas (schemas artifact, {@code export/editor/}) mean what the imported request schemas
 * mean: on every corpus flow, mistake and rule case, the editor schema fails exactly the (keyword, value) pairs the
 * validator's type-level check fails — none on the working flows of the corpus.
 */
class EditorSchemaAgreementTest {

    private static final List<Path> FOLDERS = List.of(Path.of("src/test/resources/corpus"),
            Path.of("src/test/resources/mistakes"), Path.of("src/test/resources/rules"));
    private static final Set<String> OPERATIONS = Set.of("CreateFlow", "UpdateFlow");

    @TestFactory
    Stream<DynamicTest> theEditorSchemaFailsWhatTheTypeLevelCheckFails() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : flowFiles()) {
            tests.add(DynamicTest.dynamicTest(file.toString(), file.toUri(), () -> {
                LocatedDocument document = LocatedParser.parse(Files.readAllBytes(file), file.toString());
                String operation = OperationDetector.detect(document.root(), file.toString()).orElse("CreateFlow");
                if (!OPERATIONS.contains(operation)) {
                    return;
                }
                Set<String> editor = failures(editorSchema(operation).validate(document.root()).stream()
                        .map(ErrorTranslator::translate).toList());
                Set<String> typeLevel = failures(ReferenceEngine.forSchema(SchemaResources.shipped(),
                        OperationCatalog.API_BASE + operation + "Request.schema.json").evaluate(document.root()));
                assertThat(editor).as("editor schema failures of %s as %s", file, operation).isEqualTo(typeLevel);
                if (file.startsWith(FOLDERS.get(0))) {
                    assertThat(editor).as("a working flow of the corpus").isEmpty();
                }
            }));
        }
        assertThat(tests).hasSizeGreaterThan(200);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theExampleEachEditorSchemaOffersIsAWorkingFlow() {
        return OPERATIONS.stream().sorted().map(operation -> DynamicTest.dynamicTest(operation, () -> {
            JsonNode examples = editorSchemaDocument(operation).path("examples");
            assertThat(examples.size()).as("examples of the %s editor schema", operation).isEqualTo(1);
            JsonNode example = examples.get(0);
            assertThat(editorSchema(operation).validate(example)).isEmpty();
            assertThat(org.appflowcontracts.validator.ContractValidator.forOperation(operation).validate(example)
                    .violations()).noneMatch(v -> v.severity() == org.appflowcontracts.validator.Severity.ERROR);
        }));
    }

    private static Set<String> failures(List<RawFailure> failures) {
        Set<String> keys = new TreeSet<>();
        failures.forEach(f -> keys.add(f.keyword() + " at " + f.pointer()));
        return keys;
    }

    private static JsonNode editorSchemaDocument(String operation) throws IOException {
        String resource = "export/editor/" + operation + "Request.editor.schema.json";
        try (InputStream in = EditorSchemaAgreementTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("%s in the schemas artifact", resource).isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
    }

    private static Schema editorSchema(String operation) throws IOException {
        JsonNode schema = editorSchemaDocument(operation);
        {
            SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER)
                    .regularExpressionFactory(StackSafeRegularExpressionFactory.INSTANCE).build();
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(config)
                            .schemaLoader(loader -> loader.fetchRemoteResources(false)));
            return registry.getSchema(schema);
        }
    }

    private static List<Path> flowFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).filter(EditorSchemaAgreementTest::isFlowFile).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static boolean isFlowFile(Path file) {
        String name = file.getFileName().toString();
        return !name.endsWith(".expect.json") && (name.endsWith(".json") || name.endsWith(".yaml")
                || name.endsWith(".yml"));
    }
}
