package org.appflowcontracts.validator.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.FileReport;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public template and Terraform file of the corpus (see the two SOURCES.md) gets exactly the findings
 * pinned in {@link RealWorldFindings}: no error on a flow its project deployed, each warning and advice where
 * the file says so, and each finding located on the text it names.
 */
class RealWorldFilesTest {

    private static final Path ROOT = Path.of("src/test/resources/templates");

    /** A fixed "now" before every schedule start time of the corpus, so the clock rules cannot drift. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static final FlowFileValidator VALIDATOR = new FlowFileValidator(FormatAdapters.standard(null),
            operation -> ContractValidator.forOperation(operation).withClock(CLOCK));

    /** The real-world files: templates not broken on purpose and Terraform configurations. */
    static List<String> realWorldFiles() throws IOException {
        try (Stream<Path> templates = Files.list(ROOT.resolve("cloudformation"));
                Stream<Path> terraform = Files.list(ROOT.resolve("terraform"))) {
            Stream<Path> deployed = templates.filter(f -> !f.getFileName().toString().startsWith("invalid-"))
                    .filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".yaml"));
            Stream<Path> applied = terraform.filter(f -> !f.getFileName().toString().startsWith("invalid-"))
                    .filter(f -> f.toString().endsWith(".tf"));
            return Stream.concat(deployed, applied)
                    .map(f -> ROOT.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void everyRealWorldFileHasPinnedFindings() throws IOException {
        assertThat(RealWorldFindings.PINNED.keySet()).as("files with pinned findings")
                .containsExactlyInAnyOrderElementsOf(realWorldFiles());
    }

    @Test
    void everyRefusedTerraformFileHasPinnedFindings() throws IOException {
        try (Stream<Path> terraform = Files.list(ROOT.resolve("terraform"))) {
            // Every refused Terraform file is pinned; a pinned refused template must exist.
            assertThat(RealWorldFindings.REFUSED.keySet()).allSatisfy(name -> assertThat(ROOT.resolve(name)).exists());
            assertThat(RealWorldFindings.REFUSED.keySet()).filteredOn(name -> name.startsWith("terraform/"))
                    .as("refused files with pinned findings").containsExactlyInAnyOrderElementsOf(terraform
                            .filter(f -> f.getFileName().toString().startsWith("invalid-"))
                            .map(f -> ROOT.relativize(f).toString().replace('\\', '/')).toList());
        }
    }

    @TestFactory
    Stream<DynamicTest> eachFileGetsExactlyItsPinnedFindings() {
        return RealWorldFindings.PINNED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> check(entry.getKey(), entry.getValue())));
    }

    /** Configurations AWS or Terraform refused, quoted in public issues: each gets its pinned findings. */
    @TestFactory
    Stream<DynamicTest> eachRefusedFileGetsExactlyItsPinnedFindings() {
        return RealWorldFindings.REFUSED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> checkFindings(entry.getKey(), entry.getValue())));
    }

    /**
     * A published template that is not YAML (a parameter's Default holding "Description: ..."), fixed by its next
     * commit: reported where it breaks, not checked further.
     */
    @Test
    void aTemplateThatIsNotYamlIsReportedWhereItBreaks() throws IOException {
        Path file = ROOT.resolve(
                "cloudformation/invalid-natallia-bahlai-salesforce-stack-parameter-default-holding-description.yaml");

        assertThatThrownBy(() -> VALIDATOR.validate(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(14);
            assertThat(e.column()).isEqualTo(25);
        });
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).get(13)).contains("Default: Description:");
    }

    /** A file its project deployed: its pinned findings, and never an error. */
    private static void check(String name, RealWorldFindings.Pinned pinned) throws Exception {
        assertThat(checkFindings(name, pinned)).noneMatch(v -> v.severity() == Severity.ERROR);
    }

    private static List<Violation> checkFindings(String name, RealWorldFindings.Pinned pinned) throws Exception {
        Path file = ROOT.resolve(name);
        FileReport report = VALIDATOR.validate(file);
        assertThat(report.resources()).as("flows declared in %s", name).hasSize(pinned.flows());
        List<Violation> found = report.violations();
        assertThat(found).as("findings in %s", name)
                .extracting(v -> new RealWorldFindings.Finding(v.ruleId(), v.severity(), v.line(), v.column(), null))
                .containsExactlyInAnyOrderElementsOf(pinned.findings().stream()
                        .map(f -> new RealWorldFindings.Finding(f.ruleId(), f.severity(), f.line(), f.column(), null))
                        .toList());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (RealWorldFindings.Finding finding : pinned.findings()) {
            String text = lines.get(finding.line() - 1).substring(finding.column() - 1);
            assertThat(text).as("%s at %s:%d:%d", finding.ruleId(), name, finding.line(), finding.column())
                    .startsWith(finding.text());
        }
        return found;
    }
}
