package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** What surrounds the documents: file kinds, file names, option-like names, and what text output shows of them. */
class InputEdgeCasesCliTest {

    @TempDir
    Path temp;

    @Test
    void aNamedPipeIsRefusedInsteadOfWaitedOn() throws Exception {
        Path fifo = temp.resolve("flow.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        CliTest.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliTest.run("--format", "json", fifo.toString(), CliTest.BAD));
        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode findings = JsonReports.findings(r.stdout());
        assertThat(findings.get(0).get("file").asString()).isEqualTo(fifo.toString());
        assertThat(findings.get(0).get("ruleId").asString()).isEqualTo(InputProblem.UNREADABLE);
        assertThat(findings.get(0).get("message").asString()).contains("not a regular file");
        assertThat(findings.valueStream().map(f -> f.get("file").asString())).contains(CliTest.BAD);
    }

    @Test
    void fileNamesThatLookLikeOptionsAreFilesAsPreCommitPassesThem() throws Exception {
        Files.copy(Path.of(CliTest.BAD), temp.resolve("--strict.json"));
        ProcessRun plain = forked(temp, Map.of(), "-q", "--strict.json");
        assertThat(plain.exitCode()).as("%s", plain).isEqualTo(1);
        assertThat(plain.stdout()).startsWith("--strict.json:");
        ProcessRun delimited = forked(temp, Map.of(), "-q", "--", "--strict.json");
        assertThat(delimited.stdout()).isEqualTo(plain.stdout());
        ProcessRun typo = forked(temp, Map.of(), "--stirct", "--strict.json");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.stderr()).contains("Unknown option: '--stirct'");
    }

    private static ProcessRun forked(Path directory, Map<String, String> environment, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return ProcessRun.run(directory, environment, command);
    }

    @Test
    void textOutputCannotBeForgedByAFileNameOrReorderedByBidiControls() throws Exception {
        Path forged = Files.copy(Path.of(CliTest.BAD), temp.resolve("a:3:4: error FAKE x\u202E.json"));
        CliTest.Result r = CliTest.run("-q", forged.toString());
        assertThat(r.stdout()).doesNotContain(":3:4: error FAKE").doesNotContain("\u202E")
                .contains("a\\u003A3\\u003A4\\u003A error FAKE x\\u202E.json:");
        assertThat(r.stdout().lines()).allMatch(l -> l.matches(".*\\.json:\\d+:\\d+: (error|warning|info) .*"));
    }

    @Test
    void aDirectoryNamedLikeAFlowFileAndADanglingLinkAreReported() throws Exception {
        Path directory = Files.createDirectory(temp.resolve("x.json"));
        CliTest.Result r = CliTest.run(directory.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("x.json: error input.unreadable is a directory holding no")
                .contains("*.yml or *.tf file to check");

        Path walked = Files.createDirectory(temp.resolve("flows"));
        Files.copy(Path.of(CliTest.BAD), walked.resolve("bad.json"));
        Files.createSymbolicLink(walked.resolve("gone.json"), temp.resolve("nowhere.json"));
        CliTest.Result w = CliTest.run("--format", "json", walked.toString());
        assertThat(w.exitCode()).isEqualTo(2);
        JsonNode findings = JsonReports.findings(w.stdout());
        assertThat(findings.valueStream().filter(f -> f.get("file").asString().endsWith("gone.json")))
                .singleElement().satisfies(f -> assertThat(f.get("message").asString())
                        .contains("no such file"));
    }

    @Test
    void aQuotedMergeKeyIsAnOrdinaryKeyAndAPlainOneIsStillRefused() throws Exception {
        String head = "flowName: f1\ntriggerConfig: {triggerType: OnDemand}\n";
        for (String key : List.of("\"<<\"", "'<<'")) {
            Path quoted = Files.writeString(temp.resolve("quoted.yaml"), head + key + ": quoted\n");
            CliTest.Result r = CliTest.run("--format", "json", "--operation", "CreateFlow", quoted.toString());
            JsonNode findings = JsonReports.findings(r.stdout());
            assertThat(findings.valueStream().map(f -> f.get("ruleId").asString())).as(key)
                    .doesNotContain("input.malformed");
            assertThat(findings.valueStream().filter(f -> f.get("pointer").asString().equals("/<<")))
                    .extracting(f -> f.get("ruleId").asString()).containsExactly("schema.additionalProperties");
        }
        Path plain = Files.writeString(temp.resolve("plain.yaml"), head + "<<: {flowName: f2}\n");
        CliTest.Result p = CliTest.run("--operation", "CreateFlow", plain.toString());
        assertThat(p.stderr()).contains("plain.yaml:3:1: error input.malformed YAML merge keys (<<) are not supported");
    }

    @Test
    void aSupplementaryCharacterAtTheYamlReadersBufferBoundaryIsRead() throws Exception {
        Path yaml = Files.writeString(temp.resolve("emoji.yaml"), "# " + "x".repeat(1021) + " \uD83D\uDE80\n"
                + Files.readString(Path.of(CliTest.GOOD_YAML)), StandardCharsets.UTF_8);
        CliTest.Result r = CliTest.run(yaml.toString());
        assertThat(r.exitCode()).as("%s", r).isZero();
    }

    @Test
    void jsonAndYamlColumnsCountCharactersAlike() throws Exception {
        Path json = Files.writeString(temp.resolve("c.json"), "{\"flowName\": \"é-ü\", \"zzz\": 1}");
        Path yaml = Files.writeString(temp.resolve("c.yaml"), "{\"flowName\": \"é-ü\", \"zzz\": 1}");
        String jsonLine = CliTest.run("-q", "--operation", "CreateFlow", json.toString()).stdout().lines()
                .filter(l -> l.contains("[/zzz]")).findFirst().orElseThrow();
        String yamlLine = CliTest.run("-q", "--operation", "CreateFlow", yaml.toString()).stdout().lines()
                .filter(l -> l.contains("[/zzz]")).findFirst().orElseThrow();
        // "zzz" is the 21st character (the 23rd byte).
        assertThat(jsonLine).startsWith(json + ":1:21: ");
        assertThat(yamlLine).startsWith(yaml + ":1:21: ");
    }

    @Test
    void malformedUtf32IsLocated() throws Exception {
        int[] units = "{\n  \"flowName\": \"a?\"\n}\n".codePoints().toArray();
        units[17] = 0x110000;
        byte[] bytes = new byte[units.length * 4];
        for (int i = 0; i < units.length; i++) {
            bytes[i * 4] = (byte) units[i];
            bytes[i * 4 + 1] = (byte) (units[i] >>> 8);
            bytes[i * 4 + 2] = (byte) (units[i] >>> 16);
        }
        Path file = Files.write(temp.resolve("u32.json"), bytes);
        CliTest.Result r = CliTest.run("--format", "sarif", file.toString());
        JsonNode result = Json.MAPPER.readTree(r.stdout()).get("runs").get(0).get("results").get(0);
        assertThat(result.get("ruleId").asString()).isEqualTo(InputProblem.MALFORMED);
        JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(2);
        assertThat(region.get("startColumn").asInt()).isEqualTo(16);
    }

    @Test
    void aNonAsciiNameUnderAnAsciiLocaleIsReportedNotFatal() throws Exception {
        Path accented = Files.copy(Path.of(CliTest.BAD), temp.resolve("caf\u00e9.json"));
        ProcessRun run = forked(Path.of("").toAbsolutePath(), Map.of("LANG", "C", "LC_ALL", "C"),
                "--format", "json", accented.toString(), CliTest.BAD);
        assertThat(run.exitCode()).as("%s", run).isIn(1, 2);
        assertThat(run.stderr()).doesNotContain("error internal");
        JsonNode findings = JsonReports.findings(run.stdout());
        assertThat(findings.valueStream().map(f -> f.get("file").asString())).contains(CliTest.BAD);
    }
}
