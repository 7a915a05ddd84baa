package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A failure while checking one document costs only that document: it becomes a located {@code internal.error}
 * of that file, every other file is still checked and reported in every format, and the run exits with 2.
 */
class DocumentIsolationTest {

    @TempDir
    Path temp;

    /** The real service, except that validating a document whose name contains "boom" throws. */
    private static ValidationServiceFactory failingOn(Supplier<Throwable> failure) {
        return options -> new ValidationService() {
            private final ValidationService real = new ContractValidationService(options);

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
                if (sourceName.contains("boom")) {
                    Throwable t = failure.get();
                    if (t instanceof Error e) {
                        throw e;
                    }
                    throw (RuntimeException) t;
                }
                return real.validate(operation, content, sourceName);
            }

            @Override
            public List<RuleDescription> rules() {
                return real.rules();
            }
        };
    }

    private String[] threeFiles(String format) throws Exception {
        Path boom = temp.resolve("b-boom.json");
        Files.copy(Path.of(CliTest.BAD), boom, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new String[] {"--format", format, CliTest.BAD, boom.toString(), CliTest.GOOD_JSON};
    }

    @Test
    void anyFailureOfOneDocumentIsAnInternalFindingOfThatFileAndTheOthersAreStillReported() throws Exception {
        List<Supplier<Throwable>> failures = List.of(
                () -> new IllegalStateException("a defect"),
                StackOverflowError::new,
                () -> new OutOfMemoryError("Java heap space"),
                () -> new NoClassDefFoundError("some/Missing"));
        for (Supplier<Throwable> failure : failures) {
            ValidationServiceFactory services = failingOn(failure);
            CliTest.Result json = CliTest.runWith(new ByteArrayInputStream(new byte[0]), services,
                    threeFiles("json"));
            assertThat(json.exitCode()).as("%s", json).isEqualTo(2);
            JsonNode findings = JsonReports.findings(json.stdout());
            assertThat(findings.valueStream().map(f -> f.get("file").asString()).distinct().toList())
                    .as("every file with findings, and the one that failed").containsExactly(CliTest.BAD,
                            temp.resolve("b-boom.json").toString());
            JsonNode internal = findings.get(findings.size() - 1);
            assertThat(internal.get("ruleId").asString()).isEqualTo(InputProblem.INTERNAL);
            assertThat(internal.get("line").asInt()).isEqualTo(1);
            assertThat(internal.get("message").asString()).contains("the other documents were checked");
            assertThat(json.stderr()).contains("b-boom.json:1:1: error internal.error checking this document");

            CliTest.Result text = CliTest.runWith(new ByteArrayInputStream(new byte[0]), services,
                    threeFiles("text"));
            assertThat(text.exitCode()).isEqualTo(2);
            assertThat(text.stdout()).contains(CliTest.BAD + ":").contains("3 files")
                    .contains("(1 file could not be checked)");

            CliTest.Result sarif = CliTest.runWith(new ByteArrayInputStream(new byte[0]), services,
                    threeFiles("sarif"));
            assertThat(sarif.exitCode()).isEqualTo(2);
            JsonNode results = Json.MAPPER.readTree(sarif.stdout()).get("runs").get(0).get("results");
            assertThat(results.valueStream().filter(r -> r.get("ruleId").asString().equals(InputProblem.INTERNAL)))
                    .hasSize(1);
            assertThat(results.size()).isEqualTo(findings.size());
        }
    }

    @Test
    void theToolsOwnIdsAreListedAndExplained() {
        CliTest.Result list = CliTest.run("--list-rules");
        for (String id : List.of("input.malformed", "input.unreadable", "input.unknown-operation", "internal.error",
                FindingCap.RULE_ID)) {
            assertThat(list.stdout()).contains(id);
            CliTest.Result explained = CliTest.run("--explain", id);
            assertThat(explained.exitCode()).isZero();
            assertThat(explained.stdout()).startsWith(id + " (").contains("What: ", "Why: ");
        }
    }

    @Test
    void aMalformedFileIsInTheJsonArrayAndTheSarifResults() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.json"), "{\"flowName\": ", StandardCharsets.UTF_8);
        CliTest.Result json = CliTest.run("--format", "json", broken.toString());
        assertThat(json.exitCode()).isEqualTo(2);
        JsonNode array = JsonReports.findings(json.stdout());
        assertThat(array.size()).isEqualTo(1);
        assertThat(array.get(0).get("ruleId").asString()).isEqualTo(InputProblem.MALFORMED);
        assertThat(array.get(0).get("line").asInt()).isPositive();
        CliTest.Result sarif = CliTest.run("--format", "sarif", broken.toString());
        JsonNode run = Json.MAPPER.readTree(sarif.stdout()).get("runs").get(0);
        assertThat(run.get("results").get(0).get("ruleId").asString()).isEqualTo(InputProblem.MALFORMED);
        assertThat(run.get("invocations").get(0).get("toolExecutionNotifications").size()).isEqualTo(1);
    }
}
