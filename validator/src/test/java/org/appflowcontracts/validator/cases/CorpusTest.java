package org.appflowcontracts.validator.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.OperationDetector;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Precision guard: every realistic working flow in {@code src/test/resources/corpus/} must pass the reference
 * engine with zero error-severity violations. The operation is detected from the content (and the file name for
 * UpdateFlow); warnings are printed, not failed.
 */
class CorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    static List<Path> corpusFiles() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(Files::isRegularFile).filter(RuleCaseHarness::isCaseFile).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> corpusFlowsHaveNoErrors() throws IOException {
        return corpusFiles().stream().map(file -> DynamicTest.dynamicTest(CORPUS.relativize(file).toString(),
                file.toUri(), () -> {
                    LocatedDocument document = LocatedParser.parse(Files.readAllBytes(file), file.toString());
                    String operation = OperationDetector.detect(document.root(), file.toString()).orElse("CreateFlow");
                    ValidationReport report = ContractValidator.forOperation(operation, EngineKind.REFERENCE)
                            .validate(document);
                    List<Violation> errors = report.violations().stream()
                            .filter(v -> v.severity() == Severity.ERROR).toList();
                    System.out.printf("corpus %s (%s): %d warning(s), %d info%n", CORPUS.relativize(file), operation,
                            report.count(Severity.WARNING), report.count(Severity.INFO));
                    assertThat(errors).as("errors on the working flow %s validated as %s", file, operation).isEmpty();
                }));
    }
}
