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
    void optionsAndMistakesStillGoThroughPicocli() {
        assertThat(PlainInvocation.onlyOperands(new String[] {"a.json", "--strict"})).isFalse();
        assertThat(PlainInvocation.onlyOperands(new String[] {"a.json", " "})).isFalse();
        assertThat(PlainInvocation.onlyOperands(new String[] {})).isFalse();
        assertThat(PlainInvocation.onlyOperands(new String[] {"a.json", "-"})).isTrue();
        assertThat(PlainInvocation.isVersion(new String[] {"--version", "a.json"})).isFalse();
        CliTest.Result blank = run("", CliTest.GOOD_JSON, "");
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.stderr()).contains("Empty PATH");
    }

    @Test
    void aRunOverFileNamesLoadsNoPicocliClass() throws Exception {
        for (String arg : List.of("--version", CliTest.BAD)) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    Path.of(arg).isAbsolute() || !arg.endsWith(".json") ? arg : Path.of(arg).toAbsolutePath().toString());
            ProcessRun run = ProcessRun.run(temp, Map.of(), command);
            assertThat(run.stdout()).as(arg).contains("org.appflowcontracts.validator.cli.Main ")
                    .doesNotContain("picocli.CommandLine$Model");
        }
    }
}
