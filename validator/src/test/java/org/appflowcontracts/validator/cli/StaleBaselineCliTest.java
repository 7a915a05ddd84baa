package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.appflowcontracts.validator.cli.CliTest.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A baseline entry whose finding was fixed is reported (a note, in every format, counted in the summary), and
 * {@code --write-baseline} drops it while keeping the entries of files the run did not check.
 */
class StaleBaselineCliTest {

    private static final String ID = "config.stale-baseline-entry";
    private static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    Path repo;

    private Path named;
    private Path zendesk;
    private Path baseline;

    @BeforeEach
    void acceptTwoFilesFindings() throws Exception {
        Files.createDirectories(repo.resolve("flows"));
        named = Files.copy(EXAMPLES.resolve("flow-name-with-space.json"), repo.resolve("flows/name.json"));
        zendesk = Files.copy(EXAMPLES.resolve("zendesk-equal-to-filter.json"), repo.resolve("flows/zendesk.json"));
        baseline = repo.resolve(".appflow-contracts-baseline.json");
        Result written = CliTest.run("--write-baseline", baseline.toString(), repo.resolve("flows").toString());
        assertThat(written.exitCode()).as("%s", written).isZero();
        assertThat(Files.readString(baseline)).contains("FLOW_NAME_FORMAT").contains("CONNECTOR_OPERATOR_WHITELIST");
    }

    private void fixTheName() throws Exception {
        Files.writeString(named, Files.readString(named).replaceFirst("\"flowName\": \"[^\"]*\"",
                "\"flowName\": \"accounts-export\""));
    }

    @Test
    void anEntryWhoseFindingWasFixedIsANoteInEveryFormat() throws Exception {
        assertThat(CliTest.run("--baseline", baseline.toString(), repo.resolve("flows").toString()).stdout())
                .as("nothing fixed yet").doesNotContain(ID);
        fixTheName();

        Result text = CliTest.run("--strict", "--baseline", baseline.toString(), repo.resolve("flows").toString());
        assertThat(text.exitCode()).as("fixing a finding never fails a strict run: %s", text).isZero();
        assertThat(text.lines()).contains(named + ": info " + ID + " FLOW_NAME_FORMAT is no longer reported here, but"
                + " the baseline " + baseline.getFileName() + " still accepts it: rewrite the baseline with --write-baseline to drop"
                + " the entry. [/flowName]");
        assertThat(text.lines()).last().asString().isEqualTo("2 files, 0 errors, 0 warnings, 1 info, 1 suppressed");

        JsonNode json = Json.MAPPER.readTree(CliTest.run("--format", "json", "--baseline", baseline.toString(),
                repo.resolve("flows").toString()).stdout());
        assertThat(json.at("/findings/0/ruleId").asString()).isEqualTo(ID);
        assertThat(json.at("/findings/0/severity").asString()).isEqualTo("info");
        assertThat(json.at("/findings/0/file").asString()).isEqualTo(named.toString());
        assertThat(json.at("/summary/info").asInt()).isEqualTo(1);

        JsonNode sarif = Json.MAPPER.readTree(CliTest.run("--format", "sarif", "--baseline", baseline.toString(),
                repo.resolve("flows").toString()).stdout()).at("/runs/0");
        JsonNode result = sarif.get("results").valueStream().filter(r -> r.get("ruleId").asString().equals(ID))
                .findFirst().orElseThrow();
        assertThat(result.get("level").asString()).isEqualTo("note");
        assertThat(sarif.at("/tool/driver/rules").valueStream().map(r -> r.get("id").asString())).contains(ID);
    }

    @Test
    void writingTheBaselineAgainDropsTheStaleEntry() throws Exception {
        fixTheName();
        Result rewritten = CliTest.run("--write-baseline", baseline.toString(), repo.resolve("flows").toString());
        assertThat(rewritten.exitCode()).as("%s", rewritten).isZero();
        assertThat(Files.readString(baseline)).doesNotContain("FLOW_NAME_FORMAT").contains("CONNECTOR_OPERATOR");

        Result again = CliTest.run("--baseline", baseline.toString(), repo.resolve("flows").toString());
        assertThat(again.stdout()).doesNotContain(ID);
        assertThat(again.lines()).last().asString().isEqualTo("2 files, 0 errors, 0 warnings, 1 suppressed");
    }

    @Test
    void aRunOverSomeFilesRewritesOnlyTheirEntriesAndDropsThoseOfDeletedFiles() throws Exception {
        fixTheName();
        CliTest.run("--write-baseline", baseline.toString(), named.toString());
        assertThat(Files.readString(baseline)).as("the other file's entries stay")
                .doesNotContain("FLOW_NAME_FORMAT").contains("CONNECTOR_OPERATOR_WHITELIST");

        Files.delete(zendesk);
        CliTest.run("--write-baseline", baseline.toString(), named.toString());
        assertThat(Files.readString(baseline)).as("a deleted file's entries go").doesNotContain("zendesk");
    }

    @Test
    void theNoteIsListedAndExplained() {
        assertThat(CliTest.run("--list-rules").stdout()).contains(ID);
        assertThat(CliTest.run("--explain", ID).stdout()).contains("--write-baseline");
    }
}
