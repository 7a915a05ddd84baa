package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar's entry point answers {@code --version} as the command does, without loading the command. */
class JarEntryPointTest {

    @TempDir
    Path temp;

    @Test
    void versionIsWhatTheCommandPrints() {
        ByteArrayOutputStream viaMain = new ByteArrayOutputStream();
        PrintStream mainOut = new PrintStream(viaMain, true, StandardCharsets.UTF_8);
        int code = Main.run(new String[] {"--version"}, new ByteArrayInputStream(new byte[0]), mainOut, mainOut,
                Main.contractServices(), temp);
        assertThat(code).isZero();

        for (String flag : List.of("--version", "-V")) {
            ByteArrayOutputStream viaEntry = new ByteArrayOutputStream();
            PrintStream original = System.out;
            System.setOut(new PrintStream(viaEntry, true, StandardCharsets.UTF_8));
            try {
                JarEntryPoint.main(new String[] {flag});
            } finally {
                System.setOut(original);
            }
            assertThat(viaEntry.toString(StandardCharsets.UTF_8)).as(flag)
                    .isEqualTo(viaMain.toString(StandardCharsets.UTF_8)).startsWith("appflow-validate ");
        }
    }

    @Test
    void versionLoadsNoClassOfTheCommandAndOtherArgumentsReachIt() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> version = List.of(java, "-Xlog:class+load=info:stdout", "-cp",
                System.getProperty("java.class.path"), JarEntryPoint.class.getName(), "--version");
        ProcessRun run = ProcessRun.run(temp, Map.of(), version);
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).contains("appflow-validate ", "AppFlow API 2020-08-23")
                .doesNotContain("org.appflowcontracts.validator.cli.Main ", "ContractValidationService", "picocli");

        List<String> help = List.of(java, "-cp", System.getProperty("java.class.path"),
                JarEntryPoint.class.getName(), "--help");
        ProcessRun helped = ProcessRun.run(temp, Map.of(), help);
        assertThat(helped.exitCode()).isZero();
        assertThat(helped.stdout()).contains("--format", "Exit codes:");
    }
}
