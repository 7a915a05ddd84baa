package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.appflowcontracts.validator.cli.CliTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The configuration file, suppressions and baselines through the command, as a user's repository has them. */
class ConfigurationCliTest {

    private static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    Path repo;

    private Path write(String relative, String text) throws Exception {
        Path file = repo.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** An UpdateFlow body that still carries tags, named as teams name their files (not update-*). */
    private Path updateBodyWithTags() throws Exception {
        String body = Files.readString(CliTest.FLOWS.resolve("account-export.flow.json"))
                .replaceFirst("\\{", "{\n  \"tags\": {\"team\": \"sales\"},");
        return write("flows/changes/account-export.json", body);
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    @Test
    void withoutConfigurationAnUpdateBodyPassesSilentlyAsACreateFlow() throws Exception {
        Path body = updateBodyWithTags();
        Result r = CliTest.run(body.toString());
        assertThat(r.exitCode()).as("%s", r).isZero();
        JsonNode finding = json(CliTest.run("--format", "json", "--ignore", "FLOW_NAME_FORMAT", body.toString())
                .stdout()).get("findings");
        assertThat(finding).isEmpty();
    }

    @Test
    void anUpdateNamedBodyWithTagsIsShownAsCheckedAsACreateFlow() throws Exception {
        String body = Files.readString(CliTest.FLOWS.resolve("account-export.flow.json"))
                .replaceFirst("\\{", "{\n  \"tags\": {\"team\": \"sales\"},");
        Path file = write("flows/update-accounts.json", body);
        Result r = CliTest.run(file.toString());
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.stdout()).contains(file + ": checked as CreateFlow (content: ").contains("overrule the file name");
    }

    @Test
    void theConfigurationMapsPathsToOperationsAndTheOutputSaysSo() throws Exception {
        Path body = updateBodyWithTags();
        write(".appflow-contracts.yaml", "files:\n  - match: flows/changes/**\n    operation: UpdateFlow\n");
        Result r = CliTest.run(body.toString());
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.stdout()).contains("error UPDATE_NO_KMS_NO_TAGS")
                .contains(body + ": checked as UpdateFlow (configuration: .appflow-contracts.yaml line 2,"
                        + " match flows/changes/**)");

        JsonNode finding = json(CliTest.run("--format", "json", body.toString()).stdout()).get("findings").get(0);
        assertThat(finding.get("operation").asString()).isEqualTo("UpdateFlow");
        assertThat(finding.get("checkedAs").asString()).startsWith("UpdateFlow (configuration:");

        JsonNode artifact = json(CliTest.run("--format", "sarif", body.toString()).stdout())
                .at("/runs/0/artifacts/0/properties");
        assertThat(artifact.get("operation").asString()).isEqualTo("UpdateFlow");
        assertThat(artifact.get("operationBasis").asString()).isEqualTo("configuration");

        Result forced = CliTest.run("--operation", "CreateFlow", body.toString());
        assertThat(forced.exitCode()).as("--operation wins over the configuration: %s", forced).isZero();
        assertThat(CliTest.run("--no-config", body.toString()).exitCode()).isZero();
    }

    @Test
    void aSavedDescribeFlowOutputIsShownAsCheckedAsAResponse() throws Exception {
        String saved = Files.readString(CliTest.FLOWS.resolve("account-export.flow.json")).replaceFirst("\\{",
                "{\n  \"flowArn\": \"arn:aws:appflow:eu-west-1:123456789012:flow/account-export\","
                        + " \"flowStatus\": \"Active\", \"createdAt\": 1700000000,");
        Path file = write("flows/account-export.json", saved);
        Result r = CliTest.run(file.toString());
        assertThat(r.stdout()).contains(file + ": checked as DescribeFlowResponse (content: createdAt, flowArn,"
                + " flowName)");
        write(".appflow-contracts.yaml", "files:\n  - match: flows/*.json\n    operation: CreateFlow\n");
        Result asRequest = CliTest.run(file.toString());
        assertThat(asRequest.exitCode()).as("%s", asRequest).isEqualTo(1);
        assertThat(asRequest.stdout()).contains("schema.additionalProperties");
    }

    @Test
    void aForcedConfigurationIsUsedForEveryFileAndABrokenOneStopsTheRunLocated() throws Exception {
        Path body = updateBodyWithTags();
        // Globs of a configuration given with --config are relative to the working directory, as in ESLint.
        Path config = write("ci/strict.yaml", "files:\n  - match: '**/changes/*.json'\n    operation: UpdateFlow\n");
        assertThat(CliTest.run("--config", config.toString(), body.toString()).stdout())
                .contains("UPDATE_NO_KMS_NO_TAGS");
        Path broken = write(".appflow-contracts.yaml", "files:\n  - match: '**'\n    operation: UpdateFlow\n"
                + "rules:\n  FLOW_NAME_FORMAT: sometimes\n");
        Result r = CliTest.run(body.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr().strip()).startsWith(broken + ":5:").contains("error config.invalid")
                .contains("must be one of");
        assertThat(CliTest.run("--config", config.toString(), "--no-config", body.toString()).exitCode())
                .isEqualTo(2);
    }

    @Test
    void ignoredRulesAreCountedAndListedAsSuppressed() throws Exception {
        Path file = write("flows/name.json", Files.readString(EXAMPLES.resolve("flow-name-with-space.json")));
        Result r = CliTest.run("--ignore", "FLOW_NAME_FORMAT", file.toString());
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.lines()).last().isEqualTo("1 file, 0 errors, 0 warnings, 1 suppressed");

        JsonNode suppressed = json(CliTest.run("--format", "json", "--ignore", "FLOW_NAME_FORMAT", file.toString())
                .stdout()).at("/findings/0");
        assertThat(suppressed.get("ruleId").asString()).isEqualTo("FLOW_NAME_FORMAT");
        assertThat(suppressed.at("/suppressed/kind").asString()).isEqualTo("external");

        JsonNode result = json(CliTest.run("--format", "sarif", "--ignore", "FLOW_NAME_FORMAT", file.toString())
                .stdout()).at("/runs/0/results/0");
        assertThat(result.at("/suppressions/0/kind").asString()).isEqualTo("external");

        Result typo = CliTest.run("--ignore", "FLOW_NAME_FORMATT", file.toString());
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.stderr()).contains("unknown rule 'FLOW_NAME_FORMATT'; did you mean FLOW_NAME_FORMAT?");
    }

    @Test
    void inSourceSuppressionsAreSarifInSourceWithTheirJustification() throws Exception {
        Path file = write("flows/name.yaml", "# appflow-contracts: ignore FLOW_NAME_FORMAT -- kept for the dashboards\n"
                + Files.readString(CliTest.FLOWS.resolve("orders-copy.flow.yaml")).replace("orders-copy", "orders copy"));
        JsonNode result = json(CliTest.run("--format", "sarif", file.toString()).stdout()).at("/runs/0/results/0");
        assertThat(result.get("ruleId").asString()).isEqualTo("FLOW_NAME_FORMAT");
        assertThat(result.at("/suppressions/0/kind").asString()).isEqualTo("inSource");
        assertThat(result.at("/suppressions/0/justification").asString()).isEqualTo("kept for the dashboards");
    }

    @Test
    void aBaselineFailsOnlyOnNewFindings() throws Exception {
        Path old = write("flows/name.json", Files.readString(EXAMPLES.resolve("flow-name-with-space.json")));
        Path baseline = repo.resolve(".appflow-contracts-baseline.json");
        Result written = CliTest.run("--write-baseline", baseline.toString(), repo.resolve("flows").toString());
        assertThat(written.exitCode()).as("%s", written).isZero();
        assertThat(Files.readString(baseline)).contains("\"ruleId\" : \"FLOW_NAME_FORMAT\"");

        Files.writeString(old, "\n\n" + Files.readString(old));
        Result again = CliTest.run("--baseline", baseline.toString(), repo.resolve("flows").toString());
        assertThat(again.exitCode()).as("lines moved, nothing new: %s", again).isZero();

        write("flows/new.json", Files.readString(EXAMPLES.resolve("zendesk-equal-to-filter.json")));
        Result withNew = CliTest.run("--baseline", baseline.toString(), repo.resolve("flows").toString());
        assertThat(withNew.exitCode()).isEqualTo(1);
        assertThat(withNew.lines()).filteredOn(l -> l.contains(": error ")).allMatch(l -> l.contains("new.json"));
    }

    @Test
    void directoryWalksSkipTheToolsOwnFilesAndANamedConfigurationIsChecked() throws Exception {
        write("flows/a.flow.yaml", Files.readString(CliTest.FLOWS.resolve("orders-copy.flow.yaml")));
        Path config = write("flows/.appflow-contracts.yaml", "rules:\n  FLOW_NAME_FORMAT: warning\n");
        Result walk = CliTest.run(repo.resolve("flows").toString());
        assertThat(walk.exitCode()).as("%s", walk).isZero();
        assertThat(walk.lines()).last().isEqualTo("1 file, 0 errors, 0 warnings");

        Files.writeString(config, "rulez: {}\n");
        Result named = CliTest.run("--no-config", config.toString());
        assertThat(named.exitCode()).isEqualTo(2);
        assertThat(named.stderr()).contains(config + ":1:1: error config.invalid unknown setting 'rulez'");
    }

    @Test
    void theToolsOwnIdsAreListedAndExplained() {
        assertThat(CliTest.run("--list-rules").stdout()).contains("config.unused-suppression")
                .contains("config.invalid-suppression").contains("config.invalid");
        Result explained = CliTest.run("--explain", "config.unused-suppression");
        assertThat(explained.exitCode()).isZero();
        assertThat(explained.stdout()).contains("matches no finding");
    }
}
