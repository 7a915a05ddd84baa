package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The three output formats over a hand-built run: exact text lines, JSON keys, SARIF indices and levels. */
class FormatterTest {

    @TempDir
    Path root;

    private RunResult run(boolean quiet) {
        Violation error = new Violation("FLOW_NAME_FORMAT", Severity.ERROR, "/flowName", "rules/x#/a",
                "use letters, digits and dashes", 2, 15);
        Violation warning = new Violation("schema.maxLength", Severity.WARNING, "", "shapes#/b", "too long", 1, 1);
        Violation info = new Violation("TIMESTAMP_EPOCH_SECONDS", Severity.INFO, "/x", "rules/y#/c", "advice", 3, 4);
        InputSource inRoot = new InputSource("flows/a.json", root.resolve("flows/a.json"));
        InputSource broken = new InputSource("b.yaml", root.resolve("b.yaml"));
        return new RunResult(
                List.of(new FileOutcome.Checked(inRoot, new ValidationReport("CreateFlow",
                                List.of(error, warning, info))),
                        new FileOutcome.Failed(broken, new InputProblem(InputProblem.MALFORMED, "bad", 3, 7))),
                List.of(new RuleDescription("FLOW_NAME_FORMAT", Severity.ERROR, "flow names", "use letters",
                                "AppFlow checks names", "{\"flowName\": \"a b\"}", "{\"flowName\": \"a-b\"}"),
                        new RuleDescription("TIMESTAMP_EPOCH_SECONDS", Severity.INFO, "seconds", "", "", "", "")),
                "1.2.3", root, quiet);
    }

    private static String print(ReportFormatter formatter, RunResult run) {
        StringWriter buffer = new StringWriter();
        formatter.write(run, new PrintWriter(buffer));
        return buffer.toString();
    }

    @Test
    void textPrintsOneLocatedLinePerFindingThenTheSummary() {
        List<String> lines = print(new TextFormatter(), run(false)).lines().toList();
        assertThat(lines).containsExactly(
                "flows/a.json:2:15: error FLOW_NAME_FORMAT use letters, digits and dashes [/flowName]",
                "flows/a.json:1:1: warning schema.maxLength too long [(root)]",
                "flows/a.json:3:4: info TIMESTAMP_EPOCH_SECONDS advice [/x]",
                "2 files, 1 error, 1 warning, 1 info (1 file could not be checked)");
    }

    @Test
    void quietTextOmitsTheSummary() {
        assertThat(print(new TextFormatter(), run(true)).lines()).hasSize(3).noneMatch(l -> l.contains("files"));
    }

    @Test
    void jsonFindingsAreObjectsWithExactlyTheDocumentedKeys() {
        JsonNode array = JsonReports.findings(print(new JsonFormatter(), run(false)));
        assertThat(array.isArray()).isTrue();
        // The three findings, then the document that could not be checked as an error of its own.
        assertThat(array.size()).isEqualTo(4);
        JsonNode first = array.get(0);
        assertThat(first.propertyNames())
                .containsExactly("file", "ruleId", "severity", "pointer", "line", "column", "message");
        assertThat(first.get("file").asString()).isEqualTo("flows/a.json");
        assertThat(first.get("severity").asString()).isEqualTo("error");
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(array.get(1).get("pointer").asString()).isEmpty();
        JsonNode problem = array.get(3);
        assertThat(problem.get("file").asString()).isEqualTo("b.yaml");
        assertThat(problem.get("ruleId").asString()).isEqualTo(InputProblem.MALFORMED);
        assertThat(problem.get("severity").asString()).isEqualTo("error");
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("column").asInt()).isEqualTo(7);
        assertThat(problem.get("message").asString()).isEqualTo("bad");
    }

    @Test
    void sarifIndexesRulesAndLocatesResultsRelativeToTheSourceRoot() {
        JsonNode log = Json.MAPPER.readTree(print(new SarifFormatter(), run(false)));
        JsonNode run = log.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules.size()).isEqualTo(4);
        assertThat(rules.get(2).get("id").asString()).isEqualTo("input.malformed");
        assertThat(rules.get(3).get("id").asString()).isEqualTo("schema.maxLength");
        assertThat(rules.get(0).get("help").get("text").asString()).contains("Failing example", "a-b");
        JsonNode results = run.get("results");
        assertThat(results.get(0).get("ruleIndex").asInt()).isZero();
        assertThat(results.get(1).get("ruleIndex").asInt()).isEqualTo(3);
        assertThat(results.get(2).get("level").asString()).isEqualTo("note");
        JsonNode problem = results.get(3);
        assertThat(problem.get("ruleId").asString()).isEqualTo(InputProblem.MALFORMED);
        assertThat(problem.get("ruleIndex").asInt()).isEqualTo(2);
        assertThat(problem.get("level").asString()).isEqualTo("error");
        assertThat(problem.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(3);
        JsonNode physical = results.get(0).get("locations").get(0).get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo("flows/a.json");
        assertThat(physical.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(15);
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString())
                .isEqualTo(root.toUri().toString());
        assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isFalse();
        assertThat(results.get(0).get("partialFingerprints").get(SarifFormatter.FINGERPRINT_KEY).asString())
                .hasSize(64);
    }

    @Test
    void aTemplateFindingNamesItsResourceInJsonAndSarif() {
        Violation inTemplate = new Violation("DEST_WRITE_OP_NEEDS_ID_FIELDS", Severity.ERROR,
                "/Resources/Accounts/Properties/DestinationFlowConfigList/0", "", "m", 9, 5, "Accounts");
        InputSource source = new InputSource("stack.yaml", root.resolve("stack.yaml"));
        RunResult run = new RunResult(List.of(new FileOutcome.Checked(source,
                new ValidationReport("CreateFlow", List.of(inTemplate)))), List.of(), "1", root, false);
        JsonNode json = JsonReports.findings(print(new JsonFormatter(), run)).get(0);
        assertThat(json.get("resource").asString()).isEqualTo("Accounts");
        assertThat(json.get("pointer").asString()).isEqualTo("/Resources/Accounts/Properties/DestinationFlowConfigList/0");
        JsonNode location = Json.MAPPER.readTree(print(new SarifFormatter(), run)).get("runs").get(0)
                .get("results").get(0).get("locations").get(0);
        assertThat(location.get("logicalLocations").get(0).get("name").asString()).isEqualTo("Accounts");
        assertThat(location.get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(9);
        assertThat(print(new TextFormatter(), run).lines().findFirst()).contains(
                "stack.yaml:9:5: error DEST_WRITE_OP_NEEDS_ID_FIELDS m [/Resources/Accounts/Properties/"
                        + "DestinationFlowConfigList/0]");
    }

    @Test
    void sarifFingerprintDoesNotDependOnTheLine() {
        Violation moved = new Violation("FLOW_NAME_FORMAT", Severity.ERROR, "/flowName", "", "m", 40, 2);
        Violation original = new Violation("FLOW_NAME_FORMAT", Severity.ERROR, "/flowName", "", "m", 2, 2);
        InputSource source = new InputSource("a.json", root.resolve("a.json"));
        String first = fingerprint(new RunResult(List.of(new FileOutcome.Checked(source,
                new ValidationReport("CreateFlow", List.of(original)))), List.of(), "1", root, false));
        String second = fingerprint(new RunResult(List.of(new FileOutcome.Checked(source,
                new ValidationReport("CreateFlow", List.of(moved)))), List.of(), "1", root, false));
        assertThat(first).isEqualTo(second);
    }

    private String fingerprint(RunResult run) {
        return Json.MAPPER.readTree(print(new SarifFormatter(), run)).get("runs").get(0).get("results").get(0)
                .get("partialFingerprints").get(SarifFormatter.FINGERPRINT_KEY).asString();
    }
}
