package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking on several threads changes nothing a user sees: over the bundled examples, the real-world corpus and
 * the templates (API bodies, CloudFormation, Terraform, broken files), the outcomes come in input order and every
 * output format is byte-identical to a sequential run's.
 */
class OrderedChecksTest {

    @TempDir
    Path temp;

    private static List<InputSource> corpus() {
        List<String> roots = List.of("../examples", "src/test/resources/corpus", "src/test/resources/templates",
                "src/test/resources/cli");
        return new InputCollector().collect(roots);
    }

    private static List<FileOutcome> check(List<InputSource> sources, int threads) {
        List<DocumentChecker> checkers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            checkers.add(new DocumentChecker(new ContractValidationService(ServiceOptions.defaults()), null,
                    new ByteArrayInputStream(new byte[0])));
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        new OrderedChecks(checkers).run(sources, outcomes::add);
        return outcomes;
    }

    private static String print(OutputFormat format, List<FileOutcome> outcomes) {
        ReportFormatter formatter = format.formatter();
        List<RuleDescription> rules = formatter.needsRuleCatalog()
                ? new ContractValidationService(ServiceOptions.defaults()).rules() : List.of();
        StringWriter text = new StringWriter();
        formatter.write(new RunResult(outcomes, rules, "test", Path.of("").toAbsolutePath(), false),
                new PrintWriter(text));
        return text.toString();
    }

    @Test
    void parallelOutputIsByteIdenticalToSequentialOutput() {
        List<InputSource> sources = corpus();
        assertThat(sources).hasSizeGreaterThan(150);
        List<FileOutcome> sequential = check(sources, 1);
        for (int threads : new int[] {2, 4}) {
            List<FileOutcome> parallel = check(sources, threads);
            assertThat(parallel.stream().map(FileOutcome::source).toList()).isEqualTo(sources);
            for (OutputFormat format : OutputFormat.values()) {
                String expected = print(format, sequential);
                assertThat(expected).contains("error");
                assertThat(print(format, parallel)).as("%s on %d threads", format, threads).isEqualTo(expected);
            }
        }
    }

    @Test
    void anEngineFailureEndsTheRunAtItsDocumentAfterEveryEarlierOutcome() throws Exception {
        List<InputSource> sources = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Path file = temp.resolve(String.format("%02d%s.json", i, i == 25 ? "-unavailable" : ""));
            Files.copy(Path.of(CliTest.GOOD_JSON), file);
            sources.add(new InputSource(file.toString(), file));
        }
        List<DocumentChecker> checkers = Stream.generate(() -> new DocumentChecker(unavailableOn("-unavailable"),
                null, new ByteArrayInputStream(new byte[0]))).limit(3).toList();
        List<FileOutcome> delivered = new ArrayList<>();
        assertThatThrownBy(() -> new OrderedChecks(checkers).run(sources, delivered::add))
                .isInstanceOf(EngineUnavailableException.class);
        assertThat(delivered.stream().map(FileOutcome::source).toList()).isEqualTo(sources.subList(0, 25));
        assertThat(delivered).allMatch(FileOutcome.Checked.class::isInstance);
    }

    /** The real service, except that validating a document whose name contains {@code marker} cannot run. */
    private static ValidationService unavailableOn(String marker) {
        ContractValidationService real = new ContractValidationService(ServiceOptions.defaults());
        return new ValidationService() {
            @Override
            public List<String> operations() {
                return real.operations();
            }

            @Override
            public Optional<String> resolveOperation(String name) {
                return real.resolveOperation(name);
            }

            @Override
            public Optional<String> detectOperation(byte[] content, String sourceName) throws InputException {
                return real.detectOperation(content, sourceName);
            }

            @Override
            public ValidationReport validate(String operation, byte[] content, String sourceName)
                    throws InputException {
                if (sourceName.contains(marker)) {
                    throw new EngineUnavailableException("no engine for " + sourceName, null);
                }
                return real.validate(operation, content, sourceName);
            }

            @Override
            public List<RuleDescription> rules() {
                return real.rules();
            }
        };
    }
}
