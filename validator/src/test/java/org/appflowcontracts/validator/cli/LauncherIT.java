package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The repository-root launcher running the packaged jar as a separate process: exit codes, clean stdout, and the
 * class-data archives it keeps next to the jar (one per Java runtime, created on first use, rebuilt when the jar
 * changes, and never able to break a run when it is stale or damaged).
 */
class LauncherIT {

    private static final Path FLOWS = Path.of("src/test/resources/cli/flows").toAbsolutePath();
    private static final Path INPUTS = Path.of("src/test/resources/cli/inputs").toAbsolutePath();

    @TempDir
    Path work;

    private Path jar;

    @BeforeEach
    void copyJar() throws Exception {
        jar = work.resolve("appflow-validate.jar");
        Files.copy(ProcessRun.buildPath("appflow.validate.jar"), jar);
    }

    private ProcessRun launch(String... args) throws Exception {
        return launchWith(System.getProperty("java.home"), args);
    }

    private ProcessRun launchWith(String javaHome, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessRun.buildPath("appflow.repo.root").resolve("appflow-validate").toString());
        command.addAll(List.of(args));
        return ProcessRun.run(work, Map.of("APPFLOW_VALIDATE_JAR", jar.toString(), "JAVA_HOME", javaHome), command);
    }

    /** The class-data archives (Java 17-24) and AOT caches (25+) beside the jar ({@code appflow-validate.<runtime>.jsa}, {@code .aot}). */
    private List<Path> archives() throws Exception {
        try (Stream<Path> files = Files.list(work)) {
            return files.filter(f -> f.getFileName().toString().matches("appflow-validate\\.[0-9]+\\.(jsa|aot)")).toList();
        }
    }

    @Test
    void versionAndHelpExitZero() throws Exception {
        ProcessRun version = launch("--version");
        assertThat(version.exitCode()).as("%s", version).isZero();
        assertThat(version.stdout()).startsWith("appflow-validate ").doesNotContain("dev");
        ProcessRun help = launch("--help");
        assertThat(help.exitCode()).as("%s", help).isZero();
        assertThat(help.stdout()).contains("--format", "--strict", "--explain", "Exit codes:");
    }

    @Test
    void firstRunCreatesTheArchiveAndLaterRunsUseIt() throws Exception {
        ProcessRun first = launch(FLOWS.resolve("account-export.flow.json").toString());
        assertThat(first.exitCode()).as("%s", first).isZero();
        assertThat(archives()).singleElement().satisfies(a -> assertThat(Files.size(a)).isGreaterThan(100_000));

        ProcessRun second = launch("--format", "json", FLOWS.resolve("missing-trigger.flow.json").toString());
        assertThat(second.exitCode()).as("%s", second).isEqualTo(1);
        JsonNode findings = JsonReports.findings(second.stdout());
        assertThat(findings.isArray()).isTrue();
        assertThat(findings.size()).isPositive();
    }

    @Test
    void aDamagedArchiveNeverBreaksARunAndIsRebuiltWhenTheJarChanges() throws Exception {
        launch("--version");
        Path archive = archives().get(0);
        Files.write(archive, new byte[] {1, 2, 3, 4});
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(60)));

        ProcessRun damaged = launch("--format", "json", FLOWS.resolve("missing-trigger.flow.json").toString());
        assertThat(damaged.exitCode()).as("%s", damaged).isEqualTo(1);
        assertThat(JsonReports.findings(damaged.stdout()).isArray()).isTrue();
        assertThat(damaged.stderr()).isEmpty();
        assertThat(Files.size(archive)).isEqualTo(4);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(120)));
        ProcessRun rebuilt = launch("--quiet", FLOWS.resolve("account-export.flow.json").toString());
        assertThat(rebuilt.exitCode()).as("%s", rebuilt).isZero();
        assertThat(rebuilt.stdout()).isEmpty();
        assertThat(Files.size(archive)).isGreaterThan(100_000);
    }

    @Test
    void eachJavaRuntimeGetsItsOwnArchiveAndNoneRejectsAnothersArchive() throws Exception {
        String current = System.getProperty("java.home");
        String other = OtherJavaRuntime.find(Path.of(current));
        ProcessRun first = launchWith(current, FLOWS.resolve("account-export.flow.json").toString());
        assertThat(first.exitCode()).as("%s", first).isZero();
        for (int run = 0; run < 2; run++) {
            ProcessRun switched = launchWith(other, "--format", "json", FLOWS.resolve("missing-trigger.flow.json").toString());
            assertThat(switched.exitCode()).as("%s", switched).isEqualTo(1);
            assertThat(switched.stderr()).as("JAVA_HOME=%s", other).isEmpty();
            assertThat(JsonReports.findings(switched.stdout()).isArray()).isTrue();
        }
        assertThat(archives()).hasSize(2);
        ProcessRun back = launchWith(current, "--quiet", FLOWS.resolve("account-export.flow.json").toString());
        assertThat(back.exitCode()).as("%s", back).isZero();
        assertThat(back.stderr()).isEmpty();
        assertThat(archives()).hasSize(2);
    }

    @Test
    void malformedInputIsOneLocatedLineOnStderrAndExitTwo() throws Exception {
        ProcessRun run = launch(INPUTS.resolve("truncated.json").toString());
        assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
        assertThat(run.stderr().strip()).matches(".*truncated\\.json:\\d+:\\d+: error input\\.malformed .*");
        assertThat(run.stderr()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingJarNamedByTheEnvironmentIsAClearErrorNotABuild() throws Exception {
        Files.delete(jar);
        ProcessRun run = launch("--version");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("APPFLOW_VALIDATE_JAR names a missing file").doesNotContain("building");
    }

    @Test
    void withoutTheArchiveSwitchTheLauncherLeavesNoArchive() throws Exception {
        List<String> command = List.of(ProcessRun.buildPath("appflow.repo.root").resolve("appflow-validate").toString(),
                FLOWS.resolve("orders-copy.flow.yaml").toString());
        ProcessRun run = ProcessRun.run(work, Map.of("APPFLOW_VALIDATE_JAR", jar.toString(),
                "APPFLOW_VALIDATE_CDS", "0"), command);
        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(archives()).isEmpty();
    }

    @Test
    void theRuntimeIsWorkedOutOnceAndANoteOfAnotherRuntimeIsIgnored() throws Exception {
        String home = System.getProperty("java.home");
        Path note = work.resolve("appflow-validate.runtime");
        assertThat(launch("--version").exitCode()).isZero();
        List<String> remembered = Files.readAllLines(note);
        assertThat(remembered).hasSize(4);
        assertThat(remembered.get(1)).isEqualTo(home);
        assertThat(remembered.get(2)).isEqualTo(String.valueOf(Runtime.version().feature()));
        assertThat(archives()).singleElement()
                .satisfies(a -> assertThat(a.getFileName().toString()).contains("." + remembered.get(3) + "."));

        // A note written for another java (here a shell, with a made-up version and key) is worked out again.
        Files.write(note, List.of("/bin/sh", "/nowhere", "99", "1"));
        ProcessRun run = launch(FLOWS.resolve("account-export.flow.json").toString());
        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(Files.readAllLines(note)).isEqualTo(remembered);
        Files.writeString(note, "damaged");
        assertThat(launch("--quiet", FLOWS.resolve("account-export.flow.json").toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(note)).isEqualTo(remembered);
        assertThat(archives()).hasSize(1);
    }

    @Test
    void everyRunUsesTheArchiveAndNamesTheEntryPointOnTheClassPath() throws Exception {
        // A runtime whose java records its arguments before starting the real one.
        Path home = work.resolve("recording-java");
        Path args = work.resolve("java-arguments.txt");
        Files.createDirectories(home.resolve("bin"));
        Path realHome = Path.of(System.getProperty("java.home"));
        Files.copy(realHome.resolve("release"), home.resolve("release"));
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$*\" >>'" + args + "'\nexec '"
                + realHome.resolve("bin/java") + "' \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();

        assertThat(launchWith(home.toString(), FLOWS.resolve("account-export.flow.json").toString()).exitCode())
                .isZero();
        assertThat(launchWith(home.toString(), "--version").exitCode()).isZero();
        assertThat(launchWith(home.toString(), "--help").exitCode()).isZero();
        assertThat(launchWith(home.toString(), FLOWS.resolve("account-export.flow.json").toString()).exitCode())
                .isZero();
        List<String> runs = Files.readAllLines(args);
        assertThat(runs).hasSize(5); // the archive's training run, then the four runs
        // No -jar: reading the manifest would open the jar, which a run from the archive otherwise never does.
        for (String run : runs.subList(1, 5)) {
            assertThat(run).containsAnyOf("-XX:SharedArchiveFile=", "-XX:AOTCache=")
                    .contains("-XX:ArchiveRelocationMode=0", " -cp ", " org.appflowcontracts.validator.cli.JarEntryPoint ")
                    .doesNotContain(" -jar ");
        }
        assertThat(runs.get(2)).endsWith("--version");
        assertThat(runs.get(3)).endsWith("--help");
    }
}
