package org.appflowcontracts.validator.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.OperationDetector;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compiled validators and the reference engine must report the same (rule id, pointer, severity) set on
 * every rule case and every corpus flow.
 */
class EngineParityTest {

    private static final List<Path> ROOTS = List.of(Path.of("src/test/resources/rules"), Path.of("src/test/resources/corpus"));
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static List<Path> documents() throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(EngineParityTest::isDocument).sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        return !name.endsWith(".expect.json") && (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** The operation an invalid rule case names, else the detected one, else CreateFlow. */
    private static String operation(Path file, LocatedDocument document) throws IOException {
        String name = file.getFileName().toString();
        Path expect = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expect.json");
        if (Files.isRegularFile(expect)) {
            JsonNode op = MAPPER.readTree(expect.toFile()).get("operation");
            if (op != null && op.isString()) {
                return op.stringValue();
            }
        }
        if (name.startsWith("update-")) {
            return "UpdateFlow";
        }
        return OperationDetector.detect(document.root(), file.toString()).orElse("CreateFlow");
    }

    private static Set<String> keys(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.ruleId() + " " + v.severity().wireName() + " " + v.pointer())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void compiledEngineIsTheDefault() {
        assertThat(ContractValidator.forOperation("CreateFlow").engineKind()).isEqualTo(EngineKind.COMPILED);
        assertThat(ContractValidator.forOperation("DescribeFlowExecutionRecordsResponse").engineKind())
                .isEqualTo(EngineKind.COMPILED);
    }

    @Test
    void thereAreDocumentsAndViolationsToCompare() throws Exception {
        List<Path> documents = documents();
        assertThat(documents).hasSizeGreaterThan(50);
        int violations = 0;
        for (Path file : documents) {
            LocatedDocument document = LocatedParser.parse(Files.readAllBytes(file), file.toString());
            violations += ContractValidator.forOperation(operation(file, document), EngineKind.COMPILED)
                    .validate(document).violations().size();
        }
        assertThat(violations).as("violations found by the compiled engine").isGreaterThan(100);
    }

    @TestFactory
    Stream<DynamicTest> bothEnginesReportTheSameViolations() throws IOException {
        return documents().stream().map(file -> DynamicTest.dynamicTest(file.toString(), file.toUri(), () -> {
            LocatedDocument document = LocatedParser.parse(Files.readAllBytes(file), file.toString());
            String operation = operation(file, document);
            Set<String> reference = keys(ContractValidator.forOperation(operation, EngineKind.REFERENCE)
                    .validate(document).violations());
            Set<String> compiled = keys(ContractValidator.forOperation(operation, EngineKind.COMPILED)
                    .validate(document).violations());
            assertThat(compiled).as("%s as %s", file, operation).isEqualTo(reference);
        }));
    }
}
