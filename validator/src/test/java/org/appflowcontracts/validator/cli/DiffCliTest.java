package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code appflow-validate diff}: the AWS model snapshots, and two copies of the contracts folder with --check. */
class DiffCliTest {

    private static final Path MODELS = Path.of("..", "schemas", "src", "main", "aws-model");
    private static final String JUNE_2023 = MODELS.resolve("appflow-2020-08-23.2023-06-27.json").toString();
    private static final String AUGUST_2023 = MODELS.resolve("appflow-2020-08-23.json").toString();
    private static final String GOOD_FLOW = Path.of("..", "examples", "salesforce-to-s3.json").toString();
    private static final String BAD_FLOW = Path.of("..", "examples", "flow-name-with-space.json").toString();
    private static final String PAGINATED_SAP_FLOW = Path.of("..", "examples", "sapodata-paginated.yaml").toString();
    private static final String TEAM_TAG_RULE = """
            {
              "$schema": "https://schemas.appflowcontracts.org/meta/2020-12/appflow-rules",
              "$id": "https://schemas.appflowcontracts.org/appflow/2020-08-23/rules/house.rules.json",
              "allOf": [{"$ref": "#/$defs/HOUSE_TEAM_TAG"}],
              "$defs": {
                "HOUSE_TEAM_TAG": {
                  "appflowRule": {
                    "id": "HOUSE_TEAM_TAG",
                    "severity": "error",
                    "summary": "Every flow names its owning team in a tag",
                    "message": "Add a 'team' tag naming the team that owns this flow.",
                    "explanation": "Cost reports group flows by the team tag.",
                    "examples": {"failing": {"flowName": "a1"}, "fixed": {"flowName": "a1", "tags": {"team": "d"}}}
                  },
                  "required": ["tags"],
                  "properties": {"tags": {"required": ["team"]}}
                }
              }
            }""";

    @TempDir
    static Path work;
    private static Path shipped;
    private static Path withTeamTag;

    @BeforeAll
    static void copyTheContractsTwiceAndAddAnErrorRuleToOne() throws Exception {
        shipped = copyContracts(work.resolve("shipped"));
        withTeamTag = copyContracts(work.resolve("team-tag"));
        Files.writeString(withTeamTag.resolve("rules/house.rules.json"), TEAM_TAG_RULE);
        Path contract = withTeamTag.resolve("CreateFlowRequest.contract.schema.json");
        Files.writeString(contract, Files.readString(contract).replace(
                "{\"$ref\": \"CreateFlowRequest.schema.json\"},",
                "{\"$ref\": \"CreateFlowRequest.schema.json\"}, {\"$ref\": \"rules/house.rules.json\"},"));
    }

    @Test
    void theAugust2023UpdateIsCompatible() {
        CliTest.Result r = CliTest.run("diff", JUNE_2023, AUGUST_2023);
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.lines()).hasSize(9).last().isEqualTo("8 changes, 0 breaking");
        assertThat(r.lines()).contains("compatible DescribeFlowExecutionRecords response "
                + "flowExecutions[].executionResult.numParallelProcesses: added (long, optional)");
    }

    @Test
    void goingBackIsBreakingUnlessFailOnNone() {
        assertThat(CliTest.run("diff", AUGUST_2023, JUNE_2023).exitCode()).isEqualTo(1);
        assertThat(CliTest.run("diff", "--fail-on", "none", AUGUST_2023, JUNE_2023).exitCode()).isZero();
    }

    @Test
    void failOnAnyFailsOnACompatibleChange() {
        assertThat(CliTest.run("diff", "--fail-on", "any", JUNE_2023, AUGUST_2023).exitCode()).isEqualTo(1);
        assertThat(CliTest.run("diff", "--fail-on", "any", AUGUST_2023, AUGUST_2023).exitCode()).isZero();
    }

    @Test
    void theAwsLayoutStartsWithTheFirstUpdatedOperation() {
        CliTest.Result r = CliTest.run("diff", "--format", "aws", JUNE_2023, AUGUST_2023);
        assertThat(r.lines()).startsWith("CreateFlow (updated)", "Changes (request)");
    }

    @Test
    void usageErrorsExitWithTwoAndNoStackTrace() {
        CliTest.Result missingOperand = CliTest.run("diff", JUNE_2023);
        assertThat(missingOperand.exitCode()).isEqualTo(2);
        assertThat(missingOperand.stderr()).contains("Missing required parameter: 'NEW'")
                .contains("Try 'appflow-validate diff --help'");
        CliTest.Result badFailOn = CliTest.run("diff", "--fail-on", "sometimes", JUNE_2023, AUGUST_2023);
        assertThat(badFailOn.exitCode()).isEqualTo(2);
        CliTest.Result missingFile = CliTest.run("diff", JUNE_2023, work.resolve("nowhere.json").toString());
        assertThat(missingFile.exitCode()).isEqualTo(2);
        assertThat(missingFile.stderr()).contains("nowhere.json: no such file or directory");
        assertThat(List.of(missingFile.stdout(), missingFile.stderr())).noneMatch(t -> t.contains("Exception"));
    }

    @Test
    void checkOnServiceModelsImportsThemAndNamesTheFlowsAModelUpdateLetsThrough() {
        CliTest.Result r = CliTest.run("diff", JUNE_2023, AUGUST_2023, "--check", GOOD_FLOW, PAGINATED_SAP_FLOW);

        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.lines()).contains("check: " + GOOD_FLOW + ": valid under both");
        assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith(
                "check: " + PAGINATED_SAP_FLOW + ": invalid under OLD, valid under NEW; errors gone: "));
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void checkWithABrokenModelSideIsAReadErrorNotACrash() throws IOException {
        Path broken = work.resolve("broken-model.json");
        Files.writeString(broken, "{\"metadata\": {\"apiVersion\": \"2020-08-23\"}, \"operations\": {}, ");

        CliTest.Result r = CliTest.run("diff", broken.toString(), AUGUST_2023, "--check", GOOD_FLOW);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("broken-model.json").doesNotContain("Exception");
    }

    @Test
    void aNewErrorRuleIsBreakingAndNamesTheFlowsItBreaks() {
        CliTest.Result r = CliTest.run("diff", shipped.toString(), withTeamTag.toString(),
                "--check", GOOD_FLOW, BAD_FLOW);
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.lines()).contains(
                "breaking   CreateFlow request (document): rule HOUSE_TEAM_TAG added (error)",
                "1 change, 1 breaking",
                "check: " + GOOD_FLOW + ": valid under OLD, invalid under NEW; "
                        + "new errors: HOUSE_TEAM_TAG at (document)");
        assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith("check: " + BAD_FLOW + ": invalid under both"));
    }

    @Test
    void theReverseDiffFixesTheFlowAndCompatibleExitsZero() {
        CliTest.Result r = CliTest.run("diff", "--format", "json", withTeamTag.toString(), shipped.toString(),
                "--check", GOOD_FLOW);
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.stdout()).contains("\"kind\" : \"rule-removed\"", "\"validUnderOld\" : false",
                "\"validUnderNew\" : true", "\"regressed\" : false");
    }

    private static Path copyContracts(Path to) throws Exception {
        URI uri = DiffCliTest.class.getClassLoader()
                .getResource("schemas/appflow/2020-08-23/CreateFlowRequest.contract.schema.json").toURI();
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                copyTree(jar.provider().getPath(uri).getParent(), to);
            }
        } else {
            copyTree(Path.of(uri).getParent(), to);
        }
        return to;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
