package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The GitHub Actions recipe ({@code examples/ci/.github/workflows/appflow-contracts.yml}) runs what the README documents: the build command,
 * and the checker with options that exist, whose output (run here on the bundled examples) is valid SARIF.
 */
class CiRecipeTest {

    private static final Path ROOT = Path.of("..");
    private static final Path WORKFLOW = ROOT.resolve("examples/ci/.github/workflows/appflow-contracts.yml");
    private static final String PINNED = "[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}";

    private static JsonNode workflow() throws Exception {
        return YAMLMapper.builder().build().readTree(Files.readString(WORKFLOW));
    }

    private static List<JsonNode> steps() throws Exception {
        return workflow().get("jobs").get("validate").get("steps").valueStream().toList();
    }

    /** The run script of the step with this id or name. */
    private static String run(String nameOrId) throws Exception {
        return steps().stream().filter(s -> nameOrId.equals(s.path("id").asString(null))
                        || nameOrId.equals(s.path("name").asString(null)))
                .findFirst().orElseThrow().get("run").asString();
    }

    @Test
    void everyActionIsPinnedAndTheReportGoesToCodeScanning() throws Exception {
        List<String> actions = steps().stream().filter(s -> s.has("uses")).map(s -> s.get("uses").asString()).toList();
        assertThat(actions).isNotEmpty().allMatch(a -> a.matches(PINNED));
        JsonNode upload = steps().stream().filter(s -> s.path("uses").asString("")
                .startsWith("github/codeql-action/upload-sarif@")).findFirst().orElseThrow();
        assertThat(run("check")).contains("> " + upload.get("with").get("sarif_file").asString());
        assertThat(workflow().get("permissions").get("security-events").asString()).isEqualTo("write");
    }

    @Test
    void theBuildIsTheReadmesBuildCommand() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme).contains("`./mvnw -pl validator -am package`");
        assertThat(run("Build the checker")).startsWith("./mvnw ").contains(" -pl validator -am package");
    }

    @Test
    void theCheckUsesRealOptionsAndWritesValidSarifForTheBundledExamples() throws Exception {
        List<String> words = checkerWords();
        assertThat(words.get(0)).endsWith("/appflow-validate");
        List<String> options = new ArrayList<>(words.subList(1, words.size()));
        options.removeIf(w -> !w.startsWith("-") && !isOptionValue(words, w));
        String help = CliTest.run("--help").stdout();
        options.stream().filter(o -> o.startsWith("--")).forEach(o -> assertThat(help).as(o).contains(o));

        // The same command line on the bundled examples, in place of the workflow's FLOW_PATHS.
        List<String> args = new ArrayList<>(options);
        args.add(ROOT.resolve("examples").toString());
        CliTest.Result r = CliTest.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
        JsonNode log = Json.MAPPER.readTree(r.stdout());
        assertThat(sarifSchema().validate(log)).as("schema errors").isEmpty();
        assertThat(log.get("runs").get(0).get("results").size()).isPositive();
        assertThat(workflow().get("env").get("FLOW_PATHS").asString()).isNotBlank();
    }

    /** The words of the checker's command line, up to the output redirection. */
    private static List<String> checkerWords() throws Exception {
        String line = run("check").lines().filter(l -> l.contains("appflow-validate ")).findFirst().orElseThrow();
        String command = line.substring(0, line.indexOf('>')).trim();
        return Arrays.asList(command.split("\\s+"));
    }

    private static boolean isOptionValue(List<String> words, String word) {
        int at = words.indexOf(word);
        return at > 0 && words.get(at - 1).equals("--format");
    }

    private static Schema sarifSchema() throws Exception {
        try (InputStream in = CiRecipeTest.class.getResourceAsStream("/cli/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }
}
