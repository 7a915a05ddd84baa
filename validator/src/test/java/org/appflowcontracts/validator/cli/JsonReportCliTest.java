package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.appflowcontracts.validator.cli.CliTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code --format json} names, for every file of the run, whether it was checked and as which operation and why —
 * also for a file without findings — and counts what the text summary counts.
 */
class JsonReportCliTest {

    @TempDir
    Path repo;

    private Path copy(String from, String relative) throws Exception {
        Path file = repo.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.copy(Path.of(from), file);
        return file;
    }

    private static JsonNode report(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--format";
        all[1] = "json";
        System.arraycopy(args, 0, all, 2, args.length);
        Result r = CliTest.run(all);
        JsonNode report = Json.MAPPER.readTree(r.stdout());
        assertThat(report.propertyNames()).as("%s", r).containsExactly("version", "files", "findings", "summary");
        return report;
    }

    @Test
    void everyFileIsListedWithTheOperationItWasCheckedAsAndWhy() throws Exception {
        Path clean = copy(CliTest.GOOD_JSON, "flows/accounts.json");
        Path update = copy(CliTest.GOOD_JSON, "flows/update-accounts.json");
        Path broken = repo.resolve("flows/broken.json");
        Files.writeString(broken, "{\"flowName\": ");
        JsonNode report = report(clean.toString(), update.toString(), broken.toString());

        assertThat(report.get("version").asInt()).isEqualTo(2);
        JsonNode files = report.get("files");
        assertThat(files.size()).isEqualTo(3);
        assertThat(files.get(0).get("file").asString()).isEqualTo(clean.toString());
        assertThat(files.get(0).get("checked").asBoolean()).isTrue();
        assertThat(files.get(0).get("operation").asString()).isEqualTo("CreateFlow");
        assertThat(files.get(0).get("operationBasis").asString()).isEqualTo("content");
        assertThat(files.get(0).get("checkedAs").asString()).startsWith("CreateFlow (content: ");
        assertThat(files.get(1).get("operation").asString()).isEqualTo("UpdateFlow");
        assertThat(files.get(1).get("operationBasis").asString()).isEqualTo("file-name");
        assertThat(files.get(2).get("checked").asBoolean()).isFalse();
        assertThat(files.get(2).has("operation")).isFalse();

        assertThat(report.get("findings").valueStream().map(f -> f.get("file").asString()))
                .as("the clean files have no finding, yet are listed above").containsOnly(broken.toString());
        JsonNode summary = report.get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(3);
        assertThat(summary.get("errors").asInt()).isZero();
        assertThat(summary.get("notChecked").asInt()).isEqualTo(1);
    }

    @Test
    void theOptionAndTheConfigurationAreNamedAsTheBasis() throws Exception {
        Path clean = copy(CliTest.GOOD_JSON, "flows/accounts.json");
        assertThat(report("--operation", "CreateFlow", clean.toString()).at("/files/0/operationBasis").asString())
                .isEqualTo("option");
        Files.writeString(repo.resolve(".appflow-contracts.yaml"), "files:\n  - match: flows/*.json\n"
                + "    operation: UpdateFlow\n");
        JsonNode configured = report(clean.toString()).at("/files/0");
        assertThat(configured.get("operation").asString()).isEqualTo("UpdateFlow");
        assertThat(configured.get("operationBasis").asString()).isEqualTo("configuration");
    }

    @Test
    void theSummaryCountsWhatTheTextSummaryCounts() {
        JsonNode summary = report("--ignore", "FLOW_NAME_FORMAT", CliTest.BAD, CliTest.GOOD_YAML).get("summary");
        String text = CliTest.run("--ignore", "FLOW_NAME_FORMAT", CliTest.BAD, CliTest.GOOD_YAML).lines().stream()
                .reduce((a, b) -> b).orElseThrow();
        String fromJson = summary.get("files").asInt() + " files, " + summary.get("errors").asInt() + " error"
                + (summary.get("errors").asInt() == 1 ? "" : "s") + ", " + summary.get("warnings").asInt() + " warning"
                + (summary.get("warnings").asInt() == 1 ? "" : "s");
        assertThat(text).startsWith(fromJson);
        assertThat(summary.get("errors").asInt()).isPositive();
    }
}
