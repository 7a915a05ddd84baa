package org.appflowcontracts.validator.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.appflowcontracts.validator.FileReport;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.api.Test;

/**
 * Every finding of the compiled engine, in the order users see it, on the corpus, the real-world mistakes, the
 * templates and the bundled examples, against a reviewed snapshot: how the compiler groups rule conditions
 * (switches, shared walks) must change no finding, no message, no position and no order. A deliberate change of
 * findings is recorded with {@code -Dappflow.snapshot.update=true} and reviewed in the diff.
 */
class FindingOrderSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/compiled/findings-snapshot.txt");
    private static final List<Path> ROOTS = List.of(Path.of("src/test/resources/corpus"),
            Path.of("src/test/resources/mistakes"), Path.of("src/test/resources/templates"), Path.of("../examples"));

    @Test
    void findingsAndTheirOrderMatchTheSnapshot() throws IOException {
        String actual = String.join("\n", render()) + "\n";
        if (Boolean.getBoolean("appflow.snapshot.update")) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
        // The snapshot must cover flows with findings, not only clean ones.
        assertThat(actual.lines().filter(l -> l.startsWith("  ")).count()).isGreaterThan(100);
    }

    private static List<String> render() throws IOException {
        FlowFileValidator validator = FlowFileValidator.standard();
        List<String> lines = new ArrayList<>();
        for (Path file : files()) {
            lines.add(file.toString().replace('\\', '/'));
            try {
                FileReport report = validator.validate(file);
                for (Violation v : report.violations()) {
                    lines.add("  " + v.line() + ":" + v.column() + " " + v.severity() + " " + v.ruleId() + " " + v.pointer()
                            + " [" + v.resource() + "] " + v.message());
                }
            } catch (InputException e) {
                lines.add("  input problem: " + e.getMessage());
            }
        }
        return lines;
    }

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> f.toString().matches(".*\\.(json|ya?ml|tf)$"))
                        // Hidden folders (a CI workflow under examples/ci/.github) hold no flows; the CLI skips them too.
                        .filter(f -> !root.relativize(f).toString().matches("(.*/)?\\.[^/]+/.*"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }
}
