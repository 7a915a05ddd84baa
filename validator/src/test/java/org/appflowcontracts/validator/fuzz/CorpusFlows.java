package org.appflowcontracts.validator.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.OperationDetector;
import org.appflowcontracts.validator.parse.LocatedParser;
import tools.jackson.databind.node.ObjectNode;

/** The API-body flows of the test corpus (real flows AWS accepted or refused), read once, in name order. */
final class CorpusFlows {

    /** A corpus flow and the operation it is a body of. */
    record Flow(String name, String operation, ObjectNode request) {
    }

    private static final List<Flow> ALL = load();

    private CorpusFlows() {
    }

    static List<Flow> all() {
        return ALL;
    }

    private static List<Flow> load() {
        try (Stream<Path> files = Files.list(directory())) {
            List<Flow> flows = new ArrayList<>();
            for (Path file : files.filter(CorpusFlows::isFlow).sorted().toList()) {
                String name = file.getFileName().toString();
                ObjectNode request = (ObjectNode) LocatedParser.parse(Files.readAllBytes(file), name).root();
                flows.add(new Flow(name, OperationDetector.detect(request, name).orElse("CreateFlow"), request));
            }
            if (flows.isEmpty()) {
                throw new IllegalStateException("no corpus flows in " + directory());
            }
            return List.copyOf(flows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException("a corpus flow does not parse: " + e.getMessage(), e);
        }
    }

    private static boolean isFlow(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") || name.endsWith(".yaml");
    }

    private static Path directory() {
        try {
            return Path.of(CorpusFlows.class.getResource("/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
