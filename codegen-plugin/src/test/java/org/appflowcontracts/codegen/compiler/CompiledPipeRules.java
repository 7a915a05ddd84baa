package org.appflowcontracts.codegen.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.appflowcontracts.codegen.Fixture;
import org.appflowcontracts.codegen.JavacRunner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.POJONode;

/**
 * The fixture compiled with its rules document replaced, and the generated CreatePipe validator run on JSON:
 * for tests that check what the compiler makes of particular rule shapes.
 */
final class CompiledPipeRules {

    /** One finding of the generated validator. */
    record Finding(String ruleId, String severity, String pointer) {}

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Path sources;
    private final ClassLoader generated;

    private CompiledPipeRules(Path sources, ClassLoader generated) {
        this.sources = sources;
        this.generated = generated;
    }

    /** Generates into {@code work/src} and compiles with {@code -Xlint:all -Werror} into {@code work/classes}. */
    static CompiledPipeRules compile(Path work, String rulesDocument) throws IOException {
        Path sources = work.resolve("src");
        new SchemaCompiler().compile(Fixture.config(sources), Fixture.withDocument("rules/pipe.rules.json", rulesDocument));
        return new CompiledPipeRules(sources, JavacRunner.compile(sources, work.resolve("classes")));
    }

    List<Finding> validate(String json) throws Exception {
        return validate(MAPPER.readTree(json));
    }

    /**
     * Validates JSON in which every string {@code "<unknown>"} stands for a value the document does not fix (a
     * POJO node, as the format adapters make them).
     */
    List<Finding> validateWithUnknowns(String json) throws Exception {
        return validate(withUnknowns(MAPPER.readTree(json)));
    }

    /**
     * "RULE_ID /pointer" of each finding of a pipe named {@code orders} from Salesforce whose {@code member} holds
     * {@code valueJson} (unknowns as in {@link #validateWithUnknowns}): the tests of one member's rules read alike.
     */
    List<String> findingsOfMember(String member, String valueJson) throws Exception {
        return validateWithUnknowns("{\"pipeName\": \"orders\", \"connectorType\": \"Salesforce\", \"" + member
                + "\": " + valueJson + "}").stream().map(f -> f.ruleId() + " " + f.pointer()).toList();
    }

    private static JsonNode withUnknowns(JsonNode node) {
        if (node.isString() && node.stringValue().equals("<unknown>")) {
            return new POJONode("unknown");
        }
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                object.replace(name, withUnknowns(object.get(name)));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withUnknowns(array.get(i)));
            }
        }
        return node;
    }

    List<Finding> validate(JsonNode document) throws Exception {
        Class<?> validator = generated.loadClass(Fixture.PACKAGE + ".validation.CreatePipeRequestValidator");
        Method validate = validator.getMethod("validate", JsonNode.class);
        List<Finding> out = new ArrayList<>();
        for (Object finding : (List<?>) validate.invoke(null, document)) {
            Class<?> type = finding.getClass();
            Object severity = type.getMethod("severity").invoke(finding);
            out.add(new Finding((String) type.getMethod("ruleId").invoke(finding),
                    (String) severity.getClass().getMethod("wireName").invoke(severity),
                    (String) type.getMethod("pointer").invoke(finding)));
        }
        return out;
    }

    /** The text of one generated file, by file name. */
    String source(String fileName) {
        try (Stream<Path> files = Files.walk(sources)) {
            return Files.readString(files.filter(f -> f.endsWith(fileName)).findFirst().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
