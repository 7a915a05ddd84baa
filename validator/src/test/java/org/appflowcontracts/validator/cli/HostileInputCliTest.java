package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.appflowcontracts.validator.parse.InputLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The command against inputs and command lines written to break it: each run ends with located lines, the
 * documented exit code and well-formed JSON or SARIF, never with an internal error.
 */
class HostileInputCliTest {

    @TempDir
    Path temp;

    /** The official SARIF 2.1.0 schema, as {@link SarifOutputTest} uses it. */
    private static Schema sarifSchema() throws Exception {
        try (InputStream in = HostileInputCliTest.class.getResourceAsStream("/cli/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    private static CliTest.Result runOnStdin(InputStream stdin, String... args) {
        return CliTest.runWith(stdin, ContractValidationService::new, args);
    }

    @Test
    void anEndlessInputIsRefusedAfterTheLimitInsteadOfExhaustingMemory() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return '{';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) '{');
                return len;
            }
        };
        CliTest.Result r = runOnStdin(endless, "-");
        assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
        assertThat(r.stderr().strip()).isEqualTo("<stdin>:1:1: error input.unreadable document is larger than "
                + InputLimits.MAX_DOCUMENT_BYTES + " bytes (8 MiB), the size limit; nothing past it is read");
    }

    @Test
    void theHelpStatesTheLimitsTheReaderApplies() {
        CliTest.Result help = CliTest.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("Limits", (InputLimits.MAX_DOCUMENT_BYTES >> 20) + " MiB per document",
                InputLimits.MAX_NESTING_DEPTH + " levels of nesting", InputLimits.MAX_TOKEN_COUNT + " tokens (names, values, brackets) per document",
                InputLimits.MAX_STRING_LENGTH + " characters per string",
                InputLimits.MAX_NAME_LENGTH + " characters per member");
    }

    @Test
    void aDirectoryOperandThatIsALinkIsWalkedAndLinkLoopsInsideAreNot() throws Exception {
        Path real = Files.createDirectories(temp.resolve("flows"));
        Files.copy(Path.of(CliTest.BAD), real.resolve("bad.json"));
        Files.createDirectories(real.resolve("sub"));
        Files.createSymbolicLink(real.resolve("sub/up"), real);
        Files.createSymbolicLink(real.resolve("sub/again"), Path.of(".."));
        Path link = Files.createSymbolicLink(temp.resolve("linked"), real);

        CliTest.Result r = CliTest.run("--format", "json", link.toString());
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        List<String> files = JsonReports.findings(r.stdout()).valueStream()
                .map(f -> f.get("file").asString()).distinct().toList();
        assertThat(files).containsExactly(link.resolve("bad.json").toString());
        assertThat(CliTest.run(link.toString()).lines()).last().asString().startsWith("1 file, ");
    }

    @Test
    void anOperandStartingWithAnAtSignIsAPathNotAnArgumentFile() throws Exception {
        // A file named "@…" in a repository reaches the hook as a relative path; it must be checked, not expanded.
        // Beside it, the same name without the "@" holds what an argument file would: a valid flow's path.
        Path dir = Path.of("@at-sign-operand-test");
        Path twin = Path.of("at-sign-operand-test");
        Files.createDirectories(dir);
        Files.createDirectories(twin);
        try {
            Path flow = Files.copy(Path.of(CliTest.BAD), dir.resolve("flow.json"));
            Files.writeString(twin.resolve("flow.json"), CliTest.GOOD_JSON);
            CliTest.Result r = CliTest.run(flow.toString());
            assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
            assertThat(r.stdout()).contains("@at-sign-operand-test/flow.json:");
        } finally {
            for (Path p : List.of(dir.resolve("flow.json"), dir, twin.resolve("flow.json"), twin)) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void anEmptyPathOperandIsAUsageErrorNotTheCurrentDirectory() {
        CliTest.Result r = CliTest.run("");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("Empty PATH");
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void ruleCatalogOptionsRefuseWhatTheyWouldIgnore() {
        for (String[] args : List.of(new String[] {"--list-rules", CliTest.GOOD_JSON},
                new String[] {"--explain", "FLOW_NAME_FORMAT", CliTest.GOOD_JSON},
                new String[] {"--list-rules", "--explain", "FLOW_NAME_FORMAT"},
                new String[] {"--list-rules", "--format", "json"},
                new String[] {"--explain", "FLOW_NAME_FORMAT", "--format", "sarif"})) {
            CliTest.Result r = CliTest.run(args);
            assertThat(r.exitCode()).as("%s -> %s", List.of(args), r).isEqualTo(2);
            assertThat(r.stderr()).contains("appflow-validate: error: ");
            assertThat(r.stdout()).isEmpty();
        }
        assertThat(CliTest.run("--list-rules", "--format", "text").exitCode()).isZero();
    }

    @Test
    void aCloudFormationTemplateIsCheckedInItsOwnTerms() throws Exception {
        Path template = temp.resolve("stack.json");
        Files.writeString(template, "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\"Flow\":"
                + " {\"Type\": \"AWS::AppFlow::Flow\", \"Properties\": {\"FlowName\": \"f\"}}}}");
        CliTest.Result r = CliTest.run(template.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stdout()).contains("stack.json:1:97: error schema.required missing required members"
                + " 'DestinationFlowConfigList', 'SourceFlowConfig', 'Tasks', 'TriggerConfig'"
                + " [/Resources/Flow/Properties]");
    }

    @Test
    void anEmptyTerraformFileDeclaresNothingAndAnOverlongHclStringIsRefusedWhereItStarts() throws Exception {
        Path empty = temp.resolve("empty.tf");
        Files.writeString(empty, "\n");
        CliTest.Result quiet = CliTest.run(empty.toString());
        assertThat(quiet.exitCode()).as("%s", quiet).isZero();
        Path big = temp.resolve("big.tf");
        Files.writeString(big, "resource \"aws_appflow_flow\" \"x\" {\n  name = \""
                + "a".repeat(org.appflowcontracts.validator.parse.InputLimits.MAX_STRING_LENGTH + 1) + "\"\n}\n");
        CliTest.Result refused = CliTest.run(big.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.stderr()).contains("big.tf:2:", "error input.malformed input exceeds a safety limit");
    }

    @Test
    void aTemplateWithoutFlowsPassesQuietlyAndABodyStillRefusesTags() throws Exception {
        Path none = temp.resolve("bucket.yaml");
        Files.writeString(none, "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n"
                + "      BucketName: !Ref X\n");
        CliTest.Result quiet = CliTest.run(none.toString());
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.stdout()).contains("1 file, 0 errors, 0 warnings");
        Path body = temp.resolve("flow.yaml");
        Files.writeString(body, "flowName: x\nkmsArn: !Ref K\n");
        CliTest.Result refused = CliTest.run(body.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.stderr()).contains("flow.yaml:2:9: error input.malformed YAML tag !Ref is not supported");
    }

    @Test
    void explainingAnEmptyRuleIdSuggestsNothing() {
        CliTest.Result r = CliTest.run("--explain", "");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().strip()).isEqualTo("appflow-validate: unknown rule ''; see --list-rules");
    }

    @Test
    void controlCharactersFromTheInputCannotBreakTextLines() throws Exception {
        String flow = Files.readString(Path.of(CliTest.GOOD_JSON))
                .replaceFirst("\\{", "{\"x\\\\u001b[31m\\\\nred\\\\u2028\": 1,");
        Path file = temp.resolve("control.json");
        Files.writeString(file, flow);
        CliTest.Result r = CliTest.run(file.toString());
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0)).contains("member 'x\\u001B[31m\\u000Ared\\u2028'")
                .doesNotContain("\u001b", "\n", "\u2028");
    }

    @Test
    void everyHostileInputIsALocatedProblemAndEveryFormatStaysValid() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("hostile"));
        byte[] invalidUtf8 = "flowName: a\u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("invalid-utf8.yaml"), invalidUtf8);
        Files.writeString(dir.resolve("nul.yaml"), "flowName: a\u0000\n");
        // A template function in a request body (templates read them; bodies carry literal values).
        Files.writeString(dir.resolve("function-in-body.yaml"), "flowName: !Ref Name\n");
        Files.writeString(dir.resolve("merge.yaml"), "a: &a {x: 1}\nb:\n  <<: *a\n");
        Files.writeString(dir.resolve("nan.yaml"), "x: .nan\n");
        Files.writeString(dir.resolve("deep.json"), "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        Files.writeString(dir.resolve("array.json"), "[1, 2]");
        Files.writeString(dir.resolve("trailing.json"), "{} {}");
        Files.writeString(dir.resolve("bom-only.json"), "\ufeff");

        for (String format : new String[] {"text", "json", "sarif"}) {
            CliTest.Result r = CliTest.run("--format", format, dir.toString());
            assertThat(r.exitCode()).as("%s", r).isEqualTo(2);
            List<String> problems = r.stderr().lines().toList();
            assertThat(problems).hasSize(9).allSatisfy(line -> assertThat(line)
                    .matches(".*hostile/[^:]+:[1-9]\\d*:[1-9]\\d*: error input\\.(malformed|unreadable) \\S.*")
                    .doesNotContain("Exception", "java.", "internal"));
            if (!format.equals("text")) {
                JsonNode output = Json.MAPPER.readTree(r.stdout());
                assertThat(output.isContainer()).isTrue();
            }
            if (format.equals("sarif")) {
                JsonNode log = Json.MAPPER.readTree(r.stdout());
                assertThat(sarifSchema().validate(log)).as("SARIF schema errors").isEmpty();
                JsonNode notifications = log.get("runs").get(0).get("invocations")
                        .get(0).get("toolExecutionNotifications");
                assertThat(notifications.size()).isEqualTo(9);
                notifications.forEach(n -> assertThat(n.get("locations").get(0).get("physicalLocation")
                        .get("region").get("startLine").asInt()).isPositive());
            }
        }
    }

    @Test
    void sarifUrisOfUnusualFileNamesAreWellFormedReferencesToThoseFiles() {
        SarifLocations locations = new SarifLocations(temp);
        for (String name : new String[] {"a:b.json", "flows/ü é 50%#?.yaml", "plain-name_1.json"}) {
            String uri = locations.uri(new InputSource(name, temp.resolve(name)));
            URI parsed = URI.create(uri);
            assertThat(parsed.getScheme()).as(uri).isNull();
            assertThat(parsed.getRawQuery()).as(uri).isNull();
            assertThat(parsed.getRawFragment()).as(uri).isNull();
            assertThat(parsed.getPath()).as(uri).isEqualTo(name);
            assertThat(uri).as(uri).matches("[A-Za-z0-9._~/%-]+");
        }
        assertThat(locations.uri(new InputSource("a:b.json", temp.resolve("a:b.json")))).isEqualTo("a%3Ab.json");
        String outside = locations.uri(new InputSource("x", temp.getParent().resolve("ü x.json")));
        assertThat(URI.create(outside).getScheme()).isEqualTo("file");
        assertThat(Path.of(URI.create(outside))).isEqualTo(temp.getParent().resolve("ü x.json").toAbsolutePath());
    }

    @Test
    void thousandsOfFindingsArePrintedAsValidJsonAndSarifUpToTheCapPerDocument() {
        StringBuilder flow = new StringBuilder("{\"flowName\": \"many-unknown-members\"");
        int members = 20_000;
        for (int i = 0; i < members; i++) {
            flow.append(",\"unknown").append(i).append("\": 1");
        }
        byte[] content = flow.append('}').toString().getBytes(StandardCharsets.UTF_8);
        for (String format : new String[] {"json", "sarif"}) {
            CliTest.Result r = runOnStdin(new ByteArrayInputStream(content), "--operation", "CreateFlow",
                    "--format", format, "-");
            assertThat(r.exitCode()).as("%s", r.stderr()).isEqualTo(1);
            JsonNode output = Json.MAPPER.readTree(r.stdout());
            JsonNode results = format.equals("json") ? output.get("findings") : output.get("runs").get(0).get("results");
            long unknown = results.valueStream()
                    .filter(f -> f.path("ruleId").asString().equals("schema.additionalProperties")).count();
            // The first findings of the document, then one finding that counts the rest.
            assertThat(results.size()).isEqualTo(FindingCap.MAX_FINDINGS_PER_DOCUMENT + 1);
            assertThat(unknown).isGreaterThan(FindingCap.MAX_FINDINGS_PER_DOCUMENT - 10);
            JsonNode last = results.get(results.size() - 1);
            assertThat(last.path("ruleId").asString()).isEqualTo(FindingCap.RULE_ID);
            assertThat(format.equals("json") ? last.path("severity").asString() : last.path("level").asString())
                    .isEqualTo("error");
            long shown = unknown;
            assertThat(last.path("message").toString())
                    .contains((members - shown) + " more findings");
        }
    }
}
