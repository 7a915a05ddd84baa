package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's rebuild test in a copy of the repository's layout: a build (a stand-in {@code mvn} that writes the
 * jar and counts its runs) happens on first use and after a source is edited, added or removed, and not otherwise,
 * also once the launcher remembers the list of source files it tests.
 */
class LauncherRebuildIT {

    private static final String[] MODULES = {"schemas", "contract-import", "contract-diff", "codegen-plugin",
        "validator"};

    @TempDir
    Path root;

    private Path builds;
    private Path jar;

    @BeforeEach
    void layOutRepository() throws Exception {
        Files.copy(ProcessRun.buildPath("appflow.repo.root").resolve("appflow-validate"),
                root.resolve("appflow-validate"));
        assertThat(root.resolve("appflow-validate").toFile().setExecutable(true)).isTrue();
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        for (String module : MODULES) {
            Path sources = Files.createDirectories(root.resolve(module + "/src/main/java/org/example"));
            Files.writeString(root.resolve(module + "/pom.xml"), "<project/>");
            Files.writeString(sources.resolve("Some.java"), "class Some {}");
        }
        jar = root.resolve("validator/target/appflow-validate.jar");
        builds = root.resolve("builds.txt");
        Path bin = Files.createDirectories(root.resolve("bin"));
        executable(bin.resolve("mvn"), "#!/bin/sh\necho build >>'" + builds + "'\nmkdir -p '" + jar.getParent()
                + "'\n: >'" + jar + "'\n");
        // The Java runtime only says it ran: what is tested is whether a build came first.
        executable(root.resolve("java-home/bin/java"), "#!/bin/sh\necho ran\n");
        // Everything laid out ten minutes ago, so that only the change a step makes is newer than the aged jar.
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setLastModifiedTime(path, FileTime.from(Instant.now().minusSeconds(600)));
            }
        }
    }

    @Test
    void buildsOnFirstUseAndAfterASourceChangesOnly() throws Exception {
        assertThat(run()).isEqualTo(1);
        assertThat(run()).as("nothing changed").isEqualTo(1);
        assertThat(jar.resolveSibling("appflow-validate.sources")).exists();
        assertThat(run()).as("nothing changed, the list of sources remembered").isEqualTo(1);

        Path edited = root.resolve("codegen-plugin/src/main/java/org/example/Some.java");
        ageJar();
        Files.writeString(edited, "class Some { int edited; }");
        assertThat(run()).as("a source edited").isEqualTo(2);
        assertThat(run()).isEqualTo(2);

        ageJar();
        Files.writeString(root.resolve("schemas/src/main/java/org/example/Added.java"), "class Added {}");
        assertThat(run()).as("a source added").isEqualTo(3);
        assertThat(run()).isEqualTo(3);

        ageJar();
        Files.delete(root.resolve("validator/src/main/java/org/example/Some.java"));
        assertThat(run()).as("a source removed").isEqualTo(4);
        assertThat(run()).isEqualTo(4);

        ageJar();
        Files.writeString(root.resolve("contract-diff/pom.xml"), "<project><!-- edited --></project>");
        assertThat(run()).as("a module's POM edited").isEqualTo(5);
    }

    /** Runs the launcher once and returns how many builds have happened so far. */
    private int run() throws Exception {
        ProcessRun run = ProcessRun.run(root, Map.of(
                "PATH", root.resolve("bin") + ":/usr/bin:/bin",
                "JAVA_HOME", root.resolve("java-home").toString(),
                "APPFLOW_VALIDATE_CDS", "0"), List.of(root.resolve("appflow-validate").toString(), "--version"));
        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.stdout()).as("%s", run).isEqualTo("ran\n");
        return Files.exists(builds) ? Files.readAllLines(builds).size() : 0;
    }

    /** The jar as built a minute ago, so a change made now is newer whatever the file system's time resolution. */
    private void ageJar() throws Exception {
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    }

    private static void executable(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        assertThat(file.toFile().setExecutable(true)).isTrue();
    }
}
