package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Hostile inputs found by fuzzing the command line, all in one run of a separate JVM with a 256 MiB heap, as a
 * user or a pre-commit hook runs it: every file is reported (with its findings, or as a document that could not
 * be checked), in every format, in bounded time and memory, and no run ends in an internal error.
 */
class HostileBatchTest {

    private static final String FLOW_HEAD = "{\"flowName\": \"f1\", \"triggerConfig\": {\"triggerType\": \"OnDemand\"},"
            + " \"sourceFlowConfig\": {\"connectorType\": \"S3\", \"sourceConnectorProperties\": {\"S3\":"
            + " {\"bucketName\": \"bkt\", \"bucketPrefix\": \"p\"}}}, \"destinationFlowConfigList\":"
            + " [{\"connectorType\": \"S3\", \"destinationConnectorProperties\": {\"S3\": {\"bucketName\": \"bk2\"}}}]";
    private static final String YAML_HEAD = "flowName: f1\ntriggerConfig: {triggerType: OnDemand}\n"
            + "sourceFlowConfig: {connectorType: S3, sourceConnectorProperties: {S3: {bucketName: bkt, bucketPrefix: p}}}\n"
            + "destinationFlowConfigList: [{connectorType: S3, destinationConnectorProperties: {S3: {bucketName: bk2}}}]\n";

    @TempDir
    static Path dir;

    private static final List<String> files = new ArrayList<>();

    @BeforeAll
    static void writeHostileInputs() throws IOException {
        String between = "{\"taskType\": \"Filter\", \"sourceFields\": [\"a%d\"], \"connectorOperator\": {\"S3\":"
                + " \"BETWEEN\"}, \"taskProperties\": {\"DATA_TYPE\": \"integer\", \"LOWER_BOUND\": \"%s\","
                + " \"UPPER_BOUND\": \"%s\"}}";
        write("exponent.json", FLOW_HEAD + ", \"tasks\": [" + String.format(between, 0, "1e99999999999", "5") + "]}");
        write("exponent.yaml", YAML_HEAD + "tasks:\n  - {taskType: Filter, sourceFields: [a], connectorOperator:"
                + " {S3: BETWEEN}, taskProperties: {DATA_TYPE: integer, LOWER_BOUND: \"5\", UPPER_BOUND: 1e-99999999999}}\n");
        write("single-bound.json", FLOW_HEAD + ", \"tasks\": [{\"taskType\": \"Filter\", \"sourceFields\": [\"a\"],"
                + " \"connectorOperator\": {\"S3\": \"EQUAL_TO\"}, \"taskProperties\": {\"DATA_TYPE\": \"integer\","
                + " \"VALUE\": \"5\", \"LOWER_BOUND\": \"1e-2147483648\"}}]}");
        // Eight bounds of a million digits: 8.3 MB, within the 8 MiB limit.
        StringBuilder digits = new StringBuilder(FLOW_HEAD).append(", \"tasks\": [");
        for (int i = 0; i < 4; i++) {
            digits.append(i == 0 ? "" : ", ").append(String.format(between, i, "9".repeat(1_040_000),
                    "8".repeat(1_040_000)));
        }
        write("digits.json", digits.append("]}").toString());
        // Depth 61, 4,096-character names: locating the unknown member must not cost a pointer string per value.
        String name = "k".repeat(4096);
        StringBuilder deep = new StringBuilder(FLOW_HEAD).append(", \"tasks\": []").append(", \"zzz\": ");
        deep.append(("{\"" + name + "\": ").repeat(60)).append("[").append("1,".repeat(999)).append("1]")
                .append("}".repeat(60)).append("}");
        write("deep-names.json", deep.toString());
        // Four documents of 49,000 wrong tasks: each alone fits; together they must too.
        String wrongTasks = FLOW_HEAD + ", \"tasks\": [" + "{\"taskType\": 1},".repeat(48_999) + "{\"taskType\": 1}]}";
        for (int i = 0; i < 4; i++) {
            write("wrong-" + i + ".json", wrongTasks);
        }
        // A supplementary character at the YAML reader's 1,024-character buffer boundary.
        write("emoji.yaml", "# " + "x".repeat(1021) + " \uD83D\uDE80\n" + YAML_HEAD
                + "tasks: [{taskType: Map_all, sourceFields: [], connectorOperator: {S3: NO_OP},"
                + " taskProperties: {EXCLUDE_SOURCE_FIELDS_LIST: \"[]\"}}]\n");
        writeBytes("utf32.json", utf32("{\n  \"flowName\": \"f1\",\n  \"x\": \"a", 0x110000, "\"\n}\n"));
        write("quoted-merge.yaml", YAML_HEAD + "tasks: [{taskType: Map_all, sourceFields: [], connectorOperator:"
                + " {S3: NO_OP}, taskProperties: {EXCLUDE_SOURCE_FIELDS_LIST: \"[]\"}}]\n\"<<\": quoted\n");
        Files.copy(Path.of(CliTest.GOOD_JSON), dir.resolve("good.json"));
        files.add("good.json");
    }

    private static void write(String name, String content) throws IOException {
        writeBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
        files.add(name);
    }

    /** UTF-32LE (no byte order mark) with one code unit beyond Unicode in the middle. */
    private static byte[] utf32(String before, int invalid, String after) {
        int[] units = (before + "\0" + after).codePoints().toArray();
        units[before.length()] = invalid;
        byte[] out = new byte[units.length * 4];
        for (int i = 0; i < units.length; i++) {
            for (int b = 0; b < 4; b++) {
                out[i * 4 + b] = (byte) (units[i] >>> (8 * b));
            }
        }
        return out;
    }

    private static ProcessRun runCli(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(options));
        command.addAll(files);
        long started = System.nanoTime();
        ProcessRun run = ProcessRun.run(dir, Map.of(), command);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(seconds).as("seconds for the batch").isLessThan(240);
        assertThat(run.stderr()).as("%s", run).doesNotContain("error internal");
        return run;
    }

    private static Set<String> reportedFiles(JsonNode findings) {
        Set<String> names = new TreeSet<>();
        findings.forEach(f -> names.add(f.has("file") ? f.get("file").asString()
                : f.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString()));
        return names;
    }

    /**
     * Every file has findings or is a document that could not be checked, except the valid ones: the flow with the
     * emoji. The flows whose string bounds no value could mean get FILTER_NUMBER_MAGNITUDE.
     */
    private static Set<String> expectedFiles() {
        Set<String> names = new TreeSet<>(files);
        names.removeAll(Set.of("good.json", "emoji.yaml"));
        return names;
    }

    @Test
    void everyFileIsReportedInJsonWithinTheHeap() throws Exception {
        ProcessRun run = runCli("--format", "json");
        assertThat(run.exitCode()).as("%s", run.stderr()).isEqualTo(2);
        JsonNode findings = JsonReports.findings(run.stdout());
        assertThat(reportedFiles(findings)).isEqualTo(expectedFiles());
        assertThat(findings.valueStream().filter(f -> f.get("file").asString().equals("utf32.json")))
                .allMatch(f -> f.get("ruleId").asString().equals("input.malformed") && f.get("line").asInt() > 0);

        assertThat(findings.valueStream().filter(f -> f.get("ruleId").asString().startsWith("internal."))).isEmpty();
        assertThat(findings.valueStream().filter(f -> f.get("ruleId").asString().equals(FindingCap.RULE_ID)))
                .hasSize(4);
    }

    @Test
    void everyFileIsReportedInSarifByTheReferenceEngine() throws Exception {
        ProcessRun run = runCli("--format", "sarif", "--engine", "reference");
        assertThat(run.exitCode()).as("%s", run.stderr()).isEqualTo(2);
        JsonNode results = Json.MAPPER.readTree(run.stdout()).get("runs").get(0).get("results");
        assertThat(reportedFiles(results)).isEqualTo(expectedFiles());
    }

    @Test
    void everyFileIsCountedInText() throws Exception {
        ProcessRun run = runCli();
        assertThat(run.exitCode()).isEqualTo(2);
        // The malformed UTF-32 file, and the YAML number whose exponent no decimal can hold.
        assertThat(run.stdout()).contains(files.size() + " files").contains("(2 files could not be checked)");
        assertThat(run.stderr().lines()).hasSize(2).allMatch(l -> l.matches("(utf32\\.json|exponent\\.yaml):[1-9]\\d*:"
                + "[1-9]\\d*: error input\\.malformed .*"));
    }
}
