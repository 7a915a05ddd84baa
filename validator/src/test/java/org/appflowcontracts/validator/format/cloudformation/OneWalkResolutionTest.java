package org.appflowcontracts.validator.format.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.mapping.ApiShapes;
import org.appflowcontracts.validator.format.mapping.FormatMapping;
import org.appflowcontracts.validator.format.mapping.MappedRequest;
import org.appflowcontracts.validator.format.mapping.RequestMapper;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The template's functions are resolved in the walk that maps the request. That one walk must give exactly what
 * resolving the whole body first and then mapping it as written gives: the same request, the same resolved body
 * (which the resource schema reads) and the same way back to the file. Checked on every flow of the templates the
 * tests carry, as written and with every one of their values replaced, one at a time, by a function: an absent
 * value ({@code AWS::NoValue}), a parameter with one allowed text or number, a condition, and an object that
 * looks like a call only once its absent member is gone.
 */
class OneWalkResolutionTest {

    private static final List<Path> TEMPLATES = List.of(Path.of("src/test/resources/templates/cloudformation"),
            Path.of("src/test/resources/pipeline"), Path.of("../examples/cloudformation"));
    private static final List<String> CALLS = List.of("{\"Ref\": \"AWS::NoValue\"}", "{\"Ref\": \"PinnedText\"}",
            "{\"Ref\": \"PinnedNumber\"}", "{\"Fn::If\": [\"C\", 1, {\"Ref\": \"AWS::NoValue\"}]}",
            "{\"Ref\": \"PinnedText\", \"Other\": {\"Ref\": \"AWS::NoValue\"}}");
    private static final int MAX_SITES = 200;
    private static final String PINNED = "{\"PinnedText\": {\"Type\": \"String\", \"AllowedValues\": [\"x\"]},"
            + " \"PinnedNumber\": {\"Type\": \"Number\", \"AllowedValues\": [\"5\"]}}";

    private final RequestMapper mapper = new RequestMapper(ApiShapes.shipped(), FormatMapping.shipped("cloudformation"));

    @TestFactory
    Stream<DynamicTest> oneWalkEqualsResolvingThenMapping() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : TEMPLATES) {
            try (Stream<Path> listed = Files.list(folder)) {
                listed.filter(f -> f.toString().matches(".*\\.(json|yaml|yml)$") && declaresFlows(f)).sorted()
                        .forEach(files::add);
            }
        }
        assertThat(files).as("templates").hasSizeGreaterThan(30);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> check(f)));
    }

    private static boolean declaresFlows(Path file) {
        try {
            return Files.readString(file).contains("AWS::AppFlow::Flow");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check(Path file) throws Exception {
        JsonNode root;
        try {
            root = CloudFormationAdapter.parse(Files.readAllBytes(file), file.toString()).root();
        } catch (InputException e) {
            // A template kept for the reader's refusal: there is nothing to map.
            assertThat(file.getFileName().toString()).as("only a deliberately broken template is refused")
                    .startsWith("invalid-");
            return;
        }
        ObjectNode parameters = (ObjectNode) CloudFormationAdapterTest.parse(PINNED).root();
        root.path("Parameters").properties().forEach(e -> parameters.set(e.getKey(), e.getValue()));
        TemplateValues values = new TemplateValues(parameters);
        int flows = 0;
        for (JsonNode resource : root.path("Resources")) {
            JsonNode properties = resource.get("Properties");
            if (!resource.path("Type").asString("").equals("AWS::AppFlow::Flow") || properties == null
                    || values.isCall(properties)) {
                continue;
            }
            flows++;
            agree(values, properties, "as written");
            List<String> sites = pointers(properties, "");
            // Every value of a usual flow; an evenly spread sample of the few flows with thousands of values.
            int stride = Math.max(1, sites.size() / MAX_SITES);
            for (int i = 0; i < sites.size(); i += stride) {
                // Two kinds of function per value, rotating, so that every kind meets every depth and shape.
                for (int k = 0; k < 2; k++) {
                    String call = CALLS.get((i + k) % CALLS.size());
                    agree(values, replaced(properties, sites.get(i), call), sites.get(i) + " = " + call);
                }
            }
        }
        assertThat(flows).as("AppFlow flows with properties in %s", file).isPositive();
    }

    private void agree(TemplateValues values, JsonNode properties, String what) {
        JsonNode resolved = values.resolve(properties);
        MappedRequest oneWalk = mapper.map(properties, values);
        MappedRequest twoWalks = mapper.map(resolved);
        assertThat(oneWalk.request()).as("request, %s", what).isEqualTo(twoWalks.request());
        assertThat(oneWalk.body()).as("resolved body, %s", what).isEqualTo(resolved);
        for (String pointer : pointers(twoWalks.request(), "")) {
            assertThat(oneWalk.bodyPointer(pointer)).as("file pointer of %s, %s", pointer, what)
                    .isEqualTo(twoWalks.bodyPointer(pointer));
        }
    }

    /** The pointer of every value below {@code node}. */
    private static List<String> pointers(JsonNode node, String at) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String child = JsonPointers.append(at, e.getKey());
                out.add(child);
                out.addAll(pointers(e.getValue(), child));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = JsonPointers.append(at, i);
                out.add(child);
                out.addAll(pointers(node.get(i), child));
            }
        }
        return out;
    }

    private static JsonNode replaced(JsonNode properties, String pointer, String call) throws Exception {
        JsonNode copy = properties.deepCopy();
        JsonNode value = CloudFormationAdapterTest.parse(call).root();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ArrayNode list) {
            list.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy;
    }
}
