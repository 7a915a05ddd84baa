package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The command end to end, in-process, over the real validation library: every option and exit code. */
class CliTest {

    static final Path FLOWS = Path.of("src/test/resources/cli/flows");
    static final Path INPUTS = Path.of("src/test/resources/cli/inputs");
    static final String GOOD_JSON = FLOWS.resolve("account-export.flow.json").toString();
    static final String GOOD_YAML = FLOWS.resolve("orders-copy.flow.yaml").toString();
    static final String BAD = FLOWS.resolve("missing-trigger.flow.json").toString();

    @TempDir
    Path temp;

    record Result(int exitCode, String stdout, String stderr) {
        List<String> lines() {
            return stdout.lines().toList();
        }
    }

    static Result run(String... args) {
        return runWith(new ByteArrayInputStream(new byte[0]), ContractValidationService::new, args);
    }

    static Result runWith(InputStream stdin, ValidationServiceFactory services, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), services, Path.of("").toAbsolutePath());
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    // ---- findings and exit codes 0 / 1

    @Test
    void goodJsonAndYamlFlowsPass() {
        Result r = run(GOOD_JSON, GOOD_YAML);
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.lines()).containsExactly("2 files, 0 errors, 0 warnings");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void aBadFlowIsReportedAsLocatedLinesAndExitsOne() {
        Result r = run(BAD);
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.lines().get(0))
                .matches(".*missing-trigger\\.flow\\.json:\\d+:\\d+: error schema\\.required .*triggerConfig.* \\[.+]");
        assertThat(r.lines().get(r.lines().size() - 1)).matches("1 file, [1-9]\\d* errors?, 0 warnings");
    }

    @Test
    void quietPrintsFindingsOnly() {
        assertThat(run("--quiet", GOOD_JSON).stdout()).isEmpty();
        Result bad = run("-q", BAD);
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.lines()).isNotEmpty().allMatch(l -> l.contains("missing-trigger.flow.json:"));
    }

    @Test
    void directoriesAreWalkedRecursivelyInSortedOrderSkippingHiddenDirectoriesAndOtherFiles() throws Exception {
        Path tree = temp.resolve("repo");
        Files.createDirectories(tree.resolve("b/nested"));
        Files.createDirectories(tree.resolve(".git"));
        Files.createDirectories(tree.resolve("a"));
        Files.copy(Path.of(BAD), tree.resolve("b/nested/z.json"));
        Files.copy(Path.of(BAD), tree.resolve("a/y.yml"));
        Files.copy(Path.of(GOOD_YAML), tree.resolve("b/x.yaml"));
        Files.copy(Path.of(BAD), tree.resolve(".git/hidden.json"));
        Files.writeString(tree.resolve("b/readme.md"), "# not a flow\n");

        Result r = run("--format", "json", tree.toString());
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        List<String> files = JsonReports.findings(r.stdout()).valueStream()
                .map(f -> f.get("file").asString()).distinct().toList();
        assertThat(files).containsExactly(tree.resolve("a/y.yml").toString(),
                tree.resolve("b/nested/z.json").toString());
        assertThat(run(tree.toString()).lines()).last().asString().startsWith("3 files, ");
    }

    @Test
    void standardInputIsReadForADash() throws Exception {
        Result good = runWith(new ByteArrayInputStream(Files.readAllBytes(Path.of(GOOD_YAML))),
                ContractValidationService::new, "-");
        assertThat(good.exitCode()).as("%s", good).isZero();
        Result bad = runWith(new ByteArrayInputStream(Files.readAllBytes(Path.of(BAD))),
                ContractValidationService::new, "-");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.lines().get(0)).startsWith("<stdin>:");
    }

    // ---- exit code 2: input that cannot be checked

    @Test
    void malformedJsonIsALocatedErrorWithExitTwo() {
        Result r = run(INPUTS.resolve("truncated.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().strip()).matches(".*truncated\\.json:[1-9]\\d*:[1-9]\\d*: error input\\.malformed .+");
        assertThat(r.stderr().lines()).hasSize(1);
    }

    @Test
    void malformedYamlIsALocatedErrorWithExitTwo() {
        Result r = run(INPUTS.resolve("unclosed.yaml").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().strip()).matches(".*unclosed\\.yaml:[1-9]\\d*:[1-9]\\d*: error input\\.malformed .+");
    }

    @Test
    void anEmptyFileIsMalformed() {
        Result r = run(INPUTS.resolve("empty.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("empty.json:1:1: error input.malformed empty document");
    }

    @Test
    void aMissingFileIsUnreadable() {
        Result r = run(temp.resolve("nope.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("nope.json: error input.unreadable no such file or directory");
    }

    @Test
    void aDocumentOfNoKnownKindAsksForTheOperation() {
        Result r = run(INPUTS.resolve("not-a-request.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("not-a-request.json:1:1: error input.unknown-operation", "--operation");
    }

    @Test
    void inputProblemsDoNotHideFindingsInOtherFiles() {
        Result r = run("--format", "json", INPUTS.resolve("truncated.json").toString(), BAD);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(JsonReports.findings(r.stdout()).size()).isPositive();
        assertThat(r.stderr()).contains("input.malformed");
    }

    // ---- options

    @Test
    void operationOptionOverridesDetectionAndAcceptsCaseVariants() {
        Result r = run("--operation", "createflow", GOOD_JSON);
        assertThat(r.exitCode()).as("%s", r).isZero();
        Result notFlow = run("--operation", "CreateFlow", INPUTS.resolve("not-a-request.json").toString());
        assertThat(notFlow.exitCode()).isEqualTo(1);
        assertThat(notFlow.stdout()).contains("schema.");
    }

    @Test
    void anUnknownOperationIsAUsageError() {
        Result r = run("--operation", "DeleteEverything", GOOD_JSON);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("Unknown operation 'DeleteEverything'", "CreateFlow", "--help");
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void jsonOutputIsOneObjectWhoseFindingsHaveExactlyTheDocumentedKeys() {
        Result r = run("--format", "json", BAD, GOOD_JSON);
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode array = JsonReports.findings(r.stdout());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isPositive();
        for (JsonNode finding : array) {
            assertThat(finding.propertyNames())
                    .containsExactlyInAnyOrder("file", "ruleId", "severity", "pointer", "line", "column", "message",
                            "operation", "checkedAs");
            assertThat(finding.get("line").isInt()).isTrue();
            assertThat(finding.get("severity").asString()).isIn("error", "warning", "info");
        }
        assertThat(JsonReports.findings(run("--format", "JSON", GOOD_JSON).stdout())).isEmpty();
    }

    @Test
    void warningsPassUnlessStrict() {
        String warned = Path.of("src/test/resources/cli/warnings/uppercase-bucket.flow.yaml").toString();
        Result lenient = run(warned);
        assertThat(lenient.exitCode()).as("%s", lenient).isZero();
        assertThat(lenient.lines()).last().isEqualTo("1 file, 0 errors, 1 warning");
        assertThat(lenient.lines().get(0)).contains(": warning ");
        Result strict = run("--strict", warned);
        assertThat(strict.exitCode()).as("%s", strict).isEqualTo(1);
        assertThat(strict.stdout()).isEqualTo(lenient.stdout());
    }

    @Test
    void bothEnginesReportTheSameFindings() {
        Result reference = run("--engine", "REFERENCE", "--format", "json", BAD, GOOD_YAML);
        assertThat(reference.exitCode()).as("%s", reference).isEqualTo(1);
        Result byDefault = run("--format", "json", BAD, GOOD_YAML);
        assertThat(Json.MAPPER.readTree(byDefault.stdout())).isEqualTo(Json.MAPPER.readTree(reference.stdout()));
        Result compiled = run("--engine", "compiled", "--format", "json", BAD, GOOD_YAML);
        if (compiled.exitCode() == 2) {
            // A build without generated validators for CreateFlow says so instead of failing obscurely.
            assertThat(compiled.stderr()).contains("compiled engine cannot check CreateFlow");
            assertThat(compiled.stdout()).isEmpty();
        } else {
            assertThat(compiled.exitCode()).as("%s", compiled).isEqualTo(1);
            assertThat(Json.MAPPER.readTree(compiled.stdout())).isEqualTo(Json.MAPPER.readTree(reference.stdout()));
        }
    }

    @Test
    void listRulesPrintsOneRulePerLine() {
        Result r = run("--list-rules");
        assertThat(r.exitCode()).isZero();
        assertThat(r.lines()).hasSizeGreaterThan(5)
                .allMatch(l -> l.matches("\\S+\\s+(error|warning|info)\\s+.*"))
                .anyMatch(l -> l.startsWith("schema.required "));
    }

    @Test
    void explainShowsEveryListedRule() {
        List<String> ids = run("--list-rules").lines().stream().map(l -> l.split("\\s+")[0]).toList();
        assertThat(ids).contains("schema.required");
        for (String id : ids) {
            Result r = run("--explain", id);
            assertThat(r.exitCode()).as("%s: %s", id, r).isZero();
            assertThat(r.stdout()).startsWith(id + " (").contains("What: ");
        }
        // Type-level ids and the tool's own ids (input.*, internal.*, report.*) have no example documents.
        List<String> toolIds = ToolRules.all().stream().map(RuleDescription::id).toList();
        assertThat(ids).containsAll(toolIds);
        List<String> withExamples = ids.stream()
                .filter(id -> !id.startsWith("schema.") && !toolIds.contains(id)).toList();
        for (String id : withExamples) {
            assertThat(run("--explain", id).stdout()).as(id).contains("Why:", "Failing example:", "Fixed example:");
        }
    }

    @Test
    void explainingAnUnknownRuleSuggestsTheClosestOne() {
        Result r = run("--explain", "schema.requierd");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("unknown rule 'schema.requierd'", "did you mean schema.required?");
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void versionAndHelpExitZero() {
        Result version = run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.stdout()).startsWith("appflow-validate ");
        Result help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("PATH", "--operation", "--format", "--engine", "--strict", "--quiet",
                "--list-rules", "--explain", "--version", "Exit codes:");
    }

    @Test
    void usageErrorsExitTwoWithAHint() {
        for (String[] args : List.of(new String[] {}, new String[] {"--format", "xml", GOOD_JSON},
                new String[] {"--engine", "fast", GOOD_JSON}, new String[] {"--no-such-option", GOOD_JSON})) {
            Result r = run(args);
            assertThat(r.exitCode()).as("%s -> %s", List.of(args), r).isEqualTo(2);
            assertThat(r.stderr()).contains("appflow-validate: error: ", "--help");
            assertThat(r.stdout()).isEmpty();
        }
    }

    @Test
    void anUnexpectedFailureIsOneLineAndExitTwo() {
        ValidationServiceFactory broken = options -> {
            throw new IllegalStateException("contracts missing from the classpath\nsecond line");
        };
        Result r = runWith(new ByteArrayInputStream(new byte[0]), broken, GOOD_JSON);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().lines()).containsExactly(
                "appflow-validate: error internal IllegalStateException: contracts missing from the classpath");
        assertThat(r.stdout()).isEmpty();
    }
}
