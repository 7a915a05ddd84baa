package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A plain JVM (what {@code java -jar} starts) under {@code LANG=C}: a non-ASCII file name is read and reported by its
 * real name, whether given as an argument or found in a walked directory.
 */
class AsciiLocaleFileNamesTest {

    @TempDir
    Path temp;

    private ProcessRun runMain(String... options) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(options));
        return AsciiLocaleRun.run(temp, Path.of(CliTest.BAD), Map.of(), command);
    }

    @Test
    void filesAreReadAndReportedByTheirRealNames() throws Exception {
        ProcessRun run = runMain("--format", "json");
        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        JsonNode findings = JsonReports.findings(run.stdout());
        assertThat(findings.valueStream().map(f -> f.get("ruleId").asString())).as("%s", run)
                .doesNotContain(InputProblem.UNREADABLE, InputProblem.MALFORMED);
        assertThat(findings.valueStream().map(f -> f.get("file").asString()).distinct()).containsExactly(
                temp.resolve(AsciiLocaleRun.NAME).toString(),
                temp.resolve("walked").resolve(AsciiLocaleRun.NAME).toString());
    }

    @Test
    void sarifNamesTheFilesByTheirUtf8BytesRelativeToTheWorkingDirectory() throws Exception {
        ProcessRun run = runMain("--format", "sarif");
        JsonNode results = Json.MAPPER.readTree(run.stdout()).get("runs").get(0).get("results");
        assertThat(results.valueStream().map(r -> r.get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asString()).distinct()).as("%s", run)
                .containsExactly("fl%C3%B6w-%C3%BC.json", "walked/fl%C3%B6w-%C3%BC.json");
    }
}
