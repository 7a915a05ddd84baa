package org.appflowcontracts.validator.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.OperationDetector;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Differential test beyond the hand-written cases: every corpus flow is mutated at every member (removed,
 * emptied, replaced by a value of another type, duplicated array items) and both engines must report the same
 * (rule id, pointer, severity) set for every mutant.
 */
class MutationParityTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Mutants checked per flow, spread evenly over all of its mutants (keeps the suite fast on 2 cores). */
    private static final int MUTANTS_PER_FLOW = 60;

    @TestFactory
    Stream<DynamicTest> mutantsGetTheSameViolationsFromBothEngines() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml"))
                    .sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            LocatedDocument document = LocatedParser.parse(Files.readAllBytes(file), file.toString());
            String operation = OperationDetector.detect(document.root(), file.toString()).orElse("CreateFlow");
            ContractValidator reference = ContractValidator.forOperation(operation, EngineKind.REFERENCE);
            ContractValidator compiled = ContractValidator.forOperation(operation, EngineKind.COMPILED);
            List<String> mismatches = new ArrayList<>();
            List<Map.Entry<String, JsonNode>> all = new ArrayList<>(mutants(document.root()).entrySet());
            int stride = Math.max(1, all.size() / MUTANTS_PER_FLOW);
            int checked = 0;
            int violating = 0;
            for (int i = 0; i < all.size(); i += stride) {
                Map.Entry<String, JsonNode> mutant = all.get(i);
                checked++;
                Set<String> expected = keys(reference.validate(mutant.getValue()).violations());
                Set<String> actual = keys(compiled.validate(mutant.getValue()).violations());
                if (!expected.isEmpty()) {
                    violating++;
                }
                if (!expected.equals(actual)) {
                    mismatches.add(mutant.getKey() + ": reference " + expected + " compiled " + actual);
                }
            }
            assertThat(checked).isGreaterThan(5);
            assertThat(violating).as("mutants of %s with violations", file).isPositive();
            assertThat(mismatches).as("mutants of %s", file).isEmpty();
        }));
    }

    private static Set<String> keys(List<Violation> violations) {
        return violations.stream().map(v -> v.ruleId() + " " + v.severity().wireName() + " " + v.pointer())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Description → mutated copy of the document. */
    private static Map<String, JsonNode> mutants(JsonNode root) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        collect(root, "", root, out);
        return out;
    }

    private static void collect(JsonNode node, String pointer, JsonNode root, Map<String, JsonNode> out) {
        if (node.isObject()) {
            for (String name : new ArrayList<>(node.propertyNames())) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                out.put("remove " + child, mutate(root, pointer, n -> {
                    ((ObjectNode) n).remove(name);
                    return n;
                }));
                collect(node.get(name), child, root, out);
            }
            out.put("add unknown member at " + pointer, mutate(root, pointer, n -> {
                ((ObjectNode) n).put("unexpectedMember", 1);
                return n;
            }));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, root, out);
            }
            if (!node.isEmpty()) {
                out.put("duplicate first item of " + pointer, mutate(root, pointer, n -> {
                    ((ArrayNode) n).add(n.get(0).deepCopy());
                    return n;
                }));
                out.put("empty " + pointer, mutate(root, pointer, n -> {
                    ((ArrayNode) n).removeAll();
                    return n;
                }));
            }
        } else if (node.isString()) {
            out.put("empty string at " + pointer, replace(root, pointer, NODES.stringNode("")));
            out.put("number for string at " + pointer, replace(root, pointer, NODES.numberNode(7)));
            out.put("long string at " + pointer, replace(root, pointer, NODES.stringNode("x ".repeat(700))));
        } else if (node.isNumber()) {
            out.put("negative at " + pointer, replace(root, pointer, NODES.numberNode(-1)));
            out.put("huge at " + pointer, replace(root, pointer, NODES.numberNode(10_000_000_000L)));
            out.put("fraction at " + pointer, replace(root, pointer, NODES.numberNode(1.5)));
            out.put("integral double at " + pointer, replace(root, pointer, NODES.numberNode(2.0)));
            out.put("string for number at " + pointer, replace(root, pointer, NODES.stringNode("12")));
        } else if (node.isBoolean()) {
            out.put("flip " + pointer, replace(root, pointer, NODES.booleanNode(!node.booleanValue())));
            out.put("string for boolean at " + pointer, replace(root, pointer, NODES.stringNode("true")));
        }
    }

    private static JsonNode mutate(JsonNode root, String pointer, UnaryOperator<JsonNode> change) {
        JsonNode copy = root.deepCopy();
        change.apply(pointer.isEmpty() ? copy : copy.at(pointer));
        return copy;
    }

    private static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
        return copy;
    }
}
