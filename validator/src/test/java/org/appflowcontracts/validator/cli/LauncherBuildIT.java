package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the repository-root launcher builds the jar: on first use, and again whenever the sources it is built from
 * changed, never running a stale jar. The launcher runs in a scratch checkout whose Maven is a stand-in that
 * records its arguments and "builds" by copying the jar this build produced.
 */
class LauncherBuildIT {

    private static final String JAR = "validator/target/appflow-validate.jar";

    @TempDir
    static Path tools;

    /** A PATH with every program of the test's PATH except {@code mvn}, as on a machine with only a JDK. */
    private static String pathWithoutMaven;

    @TempDir
    Path checkout;

    @BeforeAll
    static void linkEveryProgramButMaven() throws IOException {
        Path bin = Files.createDirectories(tools.resolve("bin"));
        for (String entry : System.getenv("PATH").split(File.pathSeparator)) {
            Path directory = Path.of(entry);
            if (!directory.isAbsolute() || !Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> programs = Files.list(directory)) {
                for (Path program : (Iterable<Path>) programs::iterator) {
                    Path link = bin.resolve(program.getFileName().toString());
                    if (!link.getFileName().toString().equals("mvn") && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, program);
                    }
                }
            }
        }
        pathWithoutMaven = bin.toString();
    }

    /** Removes the links themselves (JUnit warns about each link to a file outside its temporary directory). */
    @AfterAll
    static void unlinkPrograms() throws IOException {
        try (Stream<Path> links = Files.list(tools.resolve("bin"))) {
            for (Path link : (Iterable<Path>) links::iterator) {
                Files.delete(link);
            }
        }
    }

    @BeforeEach
    void scratchCheckout() throws IOException {
        Files.copy(ProcessRun.buildPath("appflow.repo.root").resolve("appflow-validate"),
                checkout.resolve("appflow-validate"));
        write("pom.xml", "<project/>");
        for (String module : List.of("schemas", "contract-import", "contract-diff", "codegen-plugin", "validator")) {
            write(module + "/pom.xml", "<project/>");
            write(module + "/src/main/placeholder.txt", module);
        }
        write("schemas/src/main/resources/rules/naming.rules.json", "{}");
        fakeMaven(checkout.resolve("mvnw"), "mvnw");
    }

    @Test
    void theFirstRunBuildsWithTheWrapperWhenMavenIsNotInstalledAndKeepsTheOutputPlain() throws Exception {
        ProcessRun run = launch("--version");
        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.stdout()).startsWith("appflow-validate ");
        assertThat(run.stderr()).contains("building the validator (first run only)");
        assertThat(run.stdout() + run.stderr()).doesNotContain("\u001b[");
        assertThat(mavenCalls()).containsExactly(
                "mvnw -B -q -ntp -Dstyle.color=never -pl validator -am package -DskipTests");
    }

    @Test
    void anInstalledMavenIsUsedBeforeTheWrapper() throws Exception {
        Path bin = Files.createDirectories(checkout.resolve("installed-maven"));
        fakeMaven(bin.resolve("mvn"), "mvn");
        ProcessRun run = launch(Map.of("PATH", bin + File.pathSeparator + pathWithoutMaven), "--version");
        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(mavenCalls()).singleElement().asString().startsWith("mvn -B ");
    }

    @Test
    void anUnchangedCheckoutRunsTheBuiltJarWithoutBuilding() throws Exception {
        launch("--version");
        write("validator/src/test/SomeTest.java", "tests are not in the jar");
        write("README.md", "docs are not in the jar");
        ProcessRun again = launch("--version");
        assertThat(again.exitCode()).as("%s", again).isZero();
        assertThat(again.stderr()).isEmpty();
        assertThat(mavenCalls()).hasSize(1);
    }

    @Test
    void anEditedRuleAChangedPomAndANewOrDeletedSourceEachRebuildBeforeTheRun() throws Exception {
        launch("--version");
        List<Runnable> changes = List.of(
                () -> write("schemas/src/main/resources/rules/naming.rules.json", "{\"edited\": true}"),
                () -> write("validator/pom.xml", "<project><!-- pulled --></project>"),
                () -> write("codegen-plugin/src/main/NewEmitter.java", "new"),
                () -> write("contract-import/src/main/NewImporter.java", "new"),
                () -> write("contract-diff/src/main/NewChange.java", "new"),
                () -> delete("validator/src/main/placeholder.txt"),
                () -> write("pom.xml", "<project><!-- root --></project>"));
        for (Runnable change : changes) {
            builtLongAgo();
            change.run();
            ProcessRun run = launch("--version");
            assertThat(run.exitCode()).as("%s", run).isZero();
            assertThat(run.stderr()).contains("rebuilding the validator (its sources changed");
        }
        assertThat(mavenCalls()).hasSize(1 + changes.size());
    }

    @Test
    void aFailedRebuildIsAnErrorAndTheStaleJarDoesNotRun() throws Exception {
        launch("--version");
        builtLongAgo();
        write("schemas/src/main/resources/rules/naming.rules.json", "{\"broken\": ");
        write("fail-build", "");
        ProcessRun run = launch("--version");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("appflow-validate: error: the build failed");
    }

    private ProcessRun launch(String... args) throws Exception {
        return launch(Map.of("PATH", pathWithoutMaven), args);
    }

    private ProcessRun launch(Map<String, String> path, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(checkout.resolve("appflow-validate").toString()));
        command.addAll(List.of(args));
        Map<String, String> environment = new HashMap<>(path);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("APPFLOW_VALIDATE_CDS", "0");
        return ProcessRun.run(checkout, environment, command);
    }

    /**
     * A Maven stand-in: records its arguments, prints escape codes, fails when asked to, else "builds" by copying
     * the real jar.
     */
    private void fakeMaven(Path script, String name) throws IOException {
        Files.writeString(script, """
                #!/usr/bin/env bash
                echo "%s $*" >> maven-calls.txt
                printf '\\e[0m\\e[0m'   # as Debian's Maven 3.8 prints even in batch mode
                if [[ -f fail-build ]]; then echo "[ERROR] compilation failed"; exit 1; fi
                mkdir -p validator/target && cp '%s' %s
                """.formatted(name, ProcessRun.buildPath("appflow.validate.jar"), JAR));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> mavenCalls() throws IOException {
        Path calls = checkout.resolve("maven-calls.txt");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    /** Every change made after this is newer than the jar, however coarse the file system's clock. */
    private void builtLongAgo() throws IOException {
        Files.setLastModifiedTime(checkout.resolve(JAR), FileTime.from(Instant.now().minusSeconds(60)));
    }

    private void write(String path, String content) {
        try {
            Path file = checkout.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String path) {
        try {
            Files.delete(checkout.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
