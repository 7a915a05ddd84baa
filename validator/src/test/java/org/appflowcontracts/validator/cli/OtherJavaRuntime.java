package org.appflowcontracts.validator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** A Java 17+ runtime installed beside the one running the tests, for tests that switch JAVA_HOME. */
final class OtherJavaRuntime {

    private static final Path INSTALLED = Path.of("/usr/lib/jvm");
    private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    private OtherJavaRuntime() {}

    /** The home of another runtime; skips the calling test, saying why, on a machine with only one. */
    static String find(Path current) throws IOException {
        Optional<Path> other = Optional.empty();
        if (Files.isDirectory(INSTALLED)) {
            Path currentReal = current.toRealPath();
            try (Stream<Path> homes = Files.list(INSTALLED)) {
                other = homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                        .filter(home -> !realPath(home).equals(currentReal))
                        .filter(OtherJavaRuntime::isJava17OrLater)
                        .sorted()
                        .findFirst();
            }
        }
        if (other.isEmpty()) {
            String reason = "no second Java 17+ runtime under " + INSTALLED + " besides " + current
                    + "; install one (e.g. openjdk-21-jdk-headless) to run this test";
            if (Boolean.getBoolean(ExternalTool.REQUIRE_PROPERTY)) {
                // CI machines carry a second runtime: there the per-runtime archive must really be tested.
                throw new AssertionError(reason + " (required by -D" + ExternalTool.REQUIRE_PROPERTY + "=true)");
            }
            System.err.println("[SKIPPED] " + reason);
            Assumptions.abort(reason);
        }
        return other.get().toString();
    }

    private static boolean isJava17OrLater(Path home) {
        try {
            Matcher version = VERSION.matcher(Files.readString(home.resolve("release")));
            return version.find() && Integer.parseInt(version.group(1)) >= 17;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
