package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invocations that skip picocli (only file names; {@code --version}) print, exit and report exactly what the
 * parsed command line does for the same request ({@code --} before the names makes picocli parse them), and really
 * do not load picocli.
 */
class PlainInvocationTest {

    @TempDir
    Path temp;

    private static CliTest.Result run(String stdin, String... args) {
        return CliTest.runWith(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                ContractValidationService::new, args);
    }

    private static void assertSameAsParsed(String stdin, String... names) {
        List<String> parsed = new ArrayList<>(List.of("--"));
        parsed.addAll(List.of(names));
        CliTest.Result plain = run(stdin, names);
        CliTest.Result viaPicocli = run(stdin, parsed.toArray(String[]::new));
        assertThat(plain).as("%s", List.of(names)).isEqualTo(viaPicocli);
    }

    @Test
    void fileAndDirectoryNamesAreCheckedAsByTheParsedCommandLine() throws Exception {
        Path configured = temp.resolve("configured");
        Files.createDirectories(configured);
        Files.copy(Path.of(CliTest.BAD), configured.resolve("flow.json"));
        Files.writeString(configured.resolve(".appflow-contracts.yaml"), "ignore: [SCHEDULED_NEEDS_TRIGGER_PROPERTIES]\n");
        assertSameAsParsed("", "../examples");
        assertSameAsParsed("", CliTest.GOOD_JSON, CliTest.BAD, CliTest.GOOD_YAML);
        assertSameAsParsed("", "src/test/resources/corpus", "src/test/resources/templates");
        assertSameAsParsed("", temp.resolve("missing.json").toString(), CliTest.GOOD_JSON);
        assertSameAsParsed("", configured.toString());
        assertSameAsParsed(Files.readString(Path.of(CliTest.BAD)), "-");
        assertThat(run("", CliTest.BAD).exitCode()).isEqualTo(1);
    }

    @Test
    void versionIsPrintedAsPicocliPrintsIt() {
        CliTest.Result plain = run("", "--version");
        assertThat(plain.exitCode()).isZero();
        assertThat(plain.lines()).hasSize(2).first().asString().startsWith("appflow-validate ");
        assertThat(plain).isEqualTo(run("", "--version", "--"));
        assertThat(run("", "-V")).isEqualTo(plain);
    }

    @Test
    void theOptionsOfHooksAndCiJobsAreCheckedAsByTheParsedCommandLine() throws Exception {
        Path config = temp.resolve("forced.yaml");
        Files.writeString(config, "ignore: [SCHEDULED_NEEDS_TRIGGER_PROPERTIES]\n");
        List<List<String>> optionSets = List.of(List.of("-q"), List.of("--quiet"), List.of("--strict"),
                List.of("--format", "json"), List.of("--format=SARIF"), List.of("--format", "Text", "-q"),
                List.of("--strict", "--format", "sarif", "--quiet"), List.of("--config", config.toString()),
                List.of("--config=" + config, "--format", "json", "--strict"),
                List.of("--config", temp.resolve("missing.yaml").toString()));
        for (List<String> options : optionSets) {
            assertThat(PlainInvocation.parse(withNames(options, List.of(CliTest.BAD)))).as("%s", options).isPresent();
            assertSameWithOptions(options, CliTest.GOOD_JSON, CliTest.BAD, CliTest.GOOD_YAML);
            assertSameWithOptions(options, "src/test/resources/corpus");
        }
        // Options between and after the names, as picocli also reads them.
        CliTest.Result mixed = run("", CliTest.BAD, "--format", "json", CliTest.GOOD_JSON, "-q");
        assertThat(mixed).isEqualTo(run("", "--format", "json", "-q", "--", CliTest.BAD, CliTest.GOOD_JSON));
    }

    @Test
    void optionsAndMistakesStillGoThroughPicocli() {
        for (List<String> args : List.of(List.of("a.json", "--operation", "CreateFlow"), List.of("a.json", " "),
                List.<String>of(), List.of("-q"), List.of("-q", "-q", "a.json"), List.of("--quiet=true", "a.json"),
                List.of("--format", "xml", "a.json"), List.of("a.json", "--format"), List.of("--format=", "a.json"),
                List.of("--format", "-q", "a.json"), List.of("--config", "--strict", "a.json"),
                List.of("-qs", "a.json"), List.of("--", "a.json"), List.of("--help"), List.of("--version", "a.json"),
                List.of("--list-rules"), List.of("--strict", "--strict", "a.json"), List.of("--config=\0", "a.json"))) {
            assertThat(PlainInvocation.parse(args.toArray(String[]::new))).as("%s", args).isEmpty();
        }
        assertThat(PlainInvocation.parse(new String[] {"a.json", "-"})).hasValueSatisfying(r ->
                assertThat(r.operands()).containsExactly("a.json", "-"));
        assertThat(VersionText.isRequested(new String[] {"--version", "a.json"})).isFalse();
        CliTest.Result blank = run("", CliTest.GOOD_JSON, "");
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.stderr()).contains("Empty PATH");
        CliTest.Result twice = run("", "-q", "-q", CliTest.GOOD_JSON);
        assertThat(twice.exitCode()).isEqualTo(2);
        CliTest.Result unknownFormat = run("", "--format", "xml", CliTest.GOOD_JSON);
        assertThat(unknownFormat.exitCode()).isEqualTo(2);
        assertThat(unknownFormat.stderr()).contains("--format");
    }

    private static void assertSameWithOptions(List<String> options, String... names) {
        List<String> parsed = new ArrayList<>(options);
        parsed.add("--");
        parsed.addAll(List.of(names));
        CliTest.Result plain = run("", withNames(options, List.of(names)));
        CliTest.Result viaPicocli = run("", parsed.toArray(String[]::new));
        assertThat(plain).as("%s %s", options, List.of(names)).isEqualTo(viaPicocli);
    }

    private static String[] withNames(List<String> options, List<String> names) {
        List<String> args = new ArrayList<>(options);
        args.addAll(names);
        return args.toArray(String[]::new);
    }

    @Test
    void aRunOverFileNamesLoadsNoPicocliClass() throws Exception {
        String bad = Path.of(CliTest.BAD).toAbsolutePath().toString();
        for (List<String> args : List.of(List.of("--version"), List.of(bad), List.of("--format", "sarif", "-q", bad))) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName()));
            command.addAll(args);
            ProcessRun run = ProcessRun.run(temp, Map.of(), command);
            assertThat(run.stdout()).as("%s", args).contains("org.appflowcontracts.validator.cli.Main ")
                    .doesNotContain("picocli.CommandLine$Model");
        }
    }
}
