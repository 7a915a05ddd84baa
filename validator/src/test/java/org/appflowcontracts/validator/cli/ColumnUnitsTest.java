package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * JSON and YAML columns count the same unit, UTF-16 code units (SARIF's default {@code columnKind}): a character
 * outside the Basic Multilingual Plane before the offending value counts two in both syntaxes, in API bodies and
 * in templates.
 */
class ColumnUnitsTest {

    private static final String ROCKET = "\uD83D\uDE80";
    private static final String FACE = "\uD83D\uDE00";

    @TempDir
    Path temp;

    @Test
    void anApiBodyReportsTheSameColumnInJsonAndYaml() throws Exception {
        // Flow-style YAML is the same text as the JSON: the expected column is the string index + 1.
        String body = "{\"description\": \"launch " + ROCKET + " day " + FACE + "\", \"zzz\": 1}";
        int expected = body.indexOf("\"zzz\"") + 1;
        assertThat(columnOf(write("body.json", body), "/zzz", "--operation", "CreateFlow")).isEqualTo(expected);
        assertThat(columnOf(write("body.yaml", body), "/zzz", "--operation", "CreateFlow")).isEqualTo(expected);
    }

    @Test
    void blockYamlCountsTheEmojiBeforeAValueAsTwoColumns() throws Exception {
        String line = "triggerConfig: {triggerType: \"" + ROCKET + ROCKET + "\", zzz: 1}";
        Path yaml = write("block.yaml", "flowName: f1\n" + line + "\n");
        assertThat(columnOf(yaml, "/triggerConfig/zzz", "--operation", "CreateFlow"))
                .isEqualTo(line.indexOf("zzz") + 1);
    }

    @Test
    void aTemplateReportsTheSameColumnInJsonAndYaml() throws Exception {
        String template = "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\"F\": {\"Type\":"
                + " \"AWS::AppFlow::Flow\", \"Properties\": {\"Description\": \"" + FACE + ROCKET + "\","
                + " \"FlowName\": \"has space\"}}}}";
        int expected = template.indexOf("\"FlowName\"") + 1;
        String pointer = "/Resources/F/Properties/FlowName";
        assertThat(columnOf(write("stack.template.json", template), pointer)).isEqualTo(expected);
        assertThat(columnOf(write("stack.template.yaml", template), pointer)).isEqualTo(expected);
    }

    @Test
    void aTerraformFileCountsTheSameUnit() throws Exception {
        // A syntax error after the emoji: the reader's position, turned into UTF-16 code units.
        String line = "  name = \"" + ROCKET + FACE + "\" \"second\"";
        String tf = "resource \"aws_appflow_flow\" \"f\" {\n" + line + "\n}\n";
        CliTest.Result r = CliTest.run("--format", "json", write("flow.tf", tf).toString());
        JsonNode problem = JsonReports.findings(r.stdout()).get(0);
        assertThat(problem.get("ruleId").asString()).as("%s", r).isEqualTo(InputProblem.MALFORMED);
        assertThat(problem.get("line").asInt()).as("%s", r).isEqualTo(2);
        assertThat(problem.get("column").asInt()).as("%s", r).isEqualTo(line.indexOf("\"second\"") + 1);
    }

    @Test
    void sarifStatesTheUnitAndUsesIt() throws Exception {
        String body = "{\"description\": \"" + ROCKET + "\", \"zzz\": 1}";
        Path yaml = write("sarif.yaml", body);
        CliTest.Result r = CliTest.run("--format", "sarif", "--operation", "CreateFlow", yaml.toString());
        JsonNode run = Json.MAPPER.readTree(r.stdout()).get("runs").get(0);
        assertThat(run.get("columnKind").asString()).isEqualTo("utf16CodeUnits");
        JsonNode region = run.get("results").valueStream()
                .filter(res -> res.toString().contains("/zzz")).findFirst().orElseThrow()
                .get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startColumn").asInt()).isEqualTo(body.indexOf("\"zzz\"") + 1);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The column of the first finding at {@code pointer}. */
    private static int columnOf(Path file, String pointer, String... options) throws Exception {
        String[] args = new String[options.length + 3];
        args[0] = "--format";
        args[1] = "json";
        System.arraycopy(options, 0, args, 2, options.length);
        args[args.length - 1] = file.toString();
        CliTest.Result r = CliTest.run(args);
        JsonNode finding = JsonReports.findings(r.stdout()).valueStream()
                .filter(f -> f.get("pointer").asString().equals(pointer)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding at " + pointer + " in " + r));
        assertThat(finding.get("line").asInt()).as("%s", r).isEqualTo(pointer.startsWith("/triggerConfig") ? 2 : 1);
        return finding.get("column").asInt();
    }
}
