package org.appflowcontracts.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.appflowcontracts.validator.OperationDetector;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;

/** The validator's corpus of working flows (JSON and YAML), each as JSON text with the operation it is a body of. */
final class CorpusFlows {

    static final Path CORPUS = Path.of("..", "validator", "src", "test", "resources", "corpus");

    record Flow(Path file, String operation, String json) {
    }

    private CorpusFlows() {
    }

    static List<Flow> all() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(Files::isRegularFile).filter(CorpusFlows::isFlow).sorted().map(CorpusFlows::read)
                    .toList();
        }
    }

    private static boolean isFlow(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static Flow read(Path file) {
        try {
            LocatedDocument document = LocatedParser.parse(Files.readAllBytes(file), file.toString());
            String operation = OperationDetector.detect(document.root(), file.toString()).orElse("CreateFlow");
            return new Flow(file, operation, document.root().toString());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read corpus flow " + file, e);
        }
    }
}
