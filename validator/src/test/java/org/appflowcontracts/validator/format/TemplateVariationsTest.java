package org.appflowcontracts.validator.format;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.Severity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What real templates and configurations do around a flow, in small files of {@code variations/}: conditions,
 * {@code AWS::NoValue}, resource attributes, CDK's intrinsic functions, mappings, YAML anchors and includes;
 * Terraform's meta-arguments, dynamic blocks, expressions, string templates, heredocs and its JSON syntax (a block
 * that occurs once written as an object, {@code "dynamic"}). A file gets no finding that depends on a value the
 * file does not fix; its {@code -mistakes} twin, the same file with known mistakes where values are fixed, gets
 * exactly those mistakes, each on the line and column of the text at fault.
 */
class TemplateVariationsTest {

    private static final Path ROOT = Path.of("src/test/resources/variations");

    /** A fixed "now" before every schedule start of these files. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static final FlowFileValidator VALIDATOR = new FlowFileValidator(FormatAdapters.standard(null),
            operation -> ContractValidator.forOperation(operation).withClock(CLOCK));

    record Expected(String ruleId, Severity severity, int line, int column) {
    }

    /** Every file's findings; a file not named here has none. */
    private static final Map<String, List<Expected>> FINDINGS = Map.ofEntries(
            entry("cloudformation/conditions-metadata-and-policies-mistakes.yaml", List.of(
                    error("schema.enum", 56, 9), error("schema.enum", 72, 19),
                    error("CONNECTOR_OPERATOR_WHITELIST", 95, 13))),
            entry("cloudformation/cdk-intrinsics-mistakes.template.json", List.of(
                    error("schema.maximum", 23, 44), error("schema.enum", 41, 19),
                    error("TASK_TYPE_OPERATOR_COMPAT", 50, 77))),
            // The operator is wrong at the anchor; the flow that reuses the task through the alias is told at it.
            entry("cloudformation/mappings-anchors-and-include-mistakes.yaml", List.of(
                    error("TASK_TYPE_OPERATOR_COMPAT", 67, 13), error("schema.enum", 80, 23),
                    error("TASK_TYPE_OPERATOR_COMPAT", 89, 11))),
            entry("terraform/meta-arguments-and-expressions-mistakes.tf", List.of(
                    error("schema.enum", 75, 13), new Expected("SCHEDULE_RATE_PLURAL_UNIT", Severity.WARNING, 121, 9),
                    error("schema.enum", 148, 11))),
            entry("terraform/for-each-import-and-heredoc-mistakes.tf", List.of(
                    error("schema.enum", 108, 11), error("schema.maximum", 141, 9))),
            // awscc writes task properties as a list of key and value objects; a provider release may differ.
            entry("terraform/awscc-expressions-mistakes.tf", List.of(
                    error("schema.enum", 54, 5), new Expected("tf.schema.type", Severity.WARNING, 89, 7),
                    error("schema.enum", 93, 5))),
            // The one task, written as an object, has no PROJECTION: AppFlow refuses a Salesforce flow without one.
            entry("terraform/json-syntax-single-blocks-and-dynamic-mistakes.tf.json", List.of(
                    error("schema.enum", 41, 19), error("TASKS_NEED_PROJECTION_OR_MAP_ALL", 48, 9),
                    error("CONNECTOR_OPERATOR_WHITELIST", 52, 13))),
            // A projection inside Fn::If or from a parameter: no projection finding. A comparison value set to
            // AWS::NoValue leaves the entry without Value: CloudFormation refuses it, and the filter has no VALUE.
            entry("cloudformation/unknown-projections-and-schedules.yaml", List.of(
                    new Expected("INCREMENTAL_TIMESTAMP_FIELD_HINT", Severity.INFO, 24, 7))),
            entry("cloudformation/unknown-projections-and-schedules-mistakes.yaml", List.of(
                    new Expected("INCREMENTAL_TIMESTAMP_FIELD_HINT", Severity.INFO, 24, 7),
                    error("FILTER_CONDITION_PROPERTIES", 51, 11), error("cfn.schema.required", 54, 15))),
            entry("terraform/unknown-projections-and-trigger-mistakes.tf", List.of(error("schema.enum", 35, 5))),
            // The destination written as an attribute, which Terraform refuses ("Did you mean to define a block?"):
            // told as a type mismatch, not as a count of destinations nor as an EventBridge destination.
            entry("terraform/destination-block-mistakes.tf", List.of(error("schema.type", 12, 3))),
            entry("terraform/json-syntax-dynamic-list-only.tf.json", List.of(
                    new Expected("INCREMENTAL_TIMESTAMP_FIELD_HINT", Severity.INFO, 22, 9))));

    static List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(ROOT)) {
            return all.filter(Files::isRegularFile).map(f -> ROOT.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void everyMistakesFileHasItsCleanTwinAndPinnedFindings() throws IOException {
        List<String> files = files();
        assertThat(files).filteredOn(f -> f.contains("-mistakes.")).isNotEmpty().allSatisfy(f -> {
            assertThat(files).contains(f.replace("-mistakes.", "."));
            assertThat(FINDINGS).containsKey(f);
        });
        assertThat(files).containsAll(FINDINGS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> eachFileGetsExactlyItsFindings() throws IOException {
        return files().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            var report = VALIDATOR.validate(ROOT.resolve(name));
            assertThat(report.resources()).as("flows declared in %s", name).isNotEmpty();
            assertThat(report.violations()).as("findings in %s", name)
                    .extracting(v -> new Expected(v.ruleId(), v.severity(), v.line(), v.column()))
                    .containsExactlyInAnyOrderElementsOf(FINDINGS.getOrDefault(name, List.of()));
        }));
    }

    private static Expected error(String ruleId, int line, int column) {
        return new Expected(ruleId, Severity.ERROR, line, column);
    }
}
