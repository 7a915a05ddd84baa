package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The mapper-free report writer writes, byte for byte, what the default mapper's pretty writer writes. */
class JsonOutputTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void everyKindOfNodeIsWrittenAsTheMappersPrettyWriterWritesIt() {
        ObjectNode object = JsonOutput.objectNode();
        object.put("text", "é \"quoted\" \\ tab\t line\n control\u0001 emoji \uD83D\uDE00 </script>");
        object.put("int", -7).put("long", 9_000_000_000L).put("big", new BigInteger("123456789012345678901234567890"));
        object.put("double", 0.1).put("float", 1.5f).put("decimal", new BigDecimal("1.50")).put("true", true);
        object.putNull("null");
        object.putObject("empty");
        object.putArray("emptyList");
        object.putObject("nested").putArray("list").add(1).add("two").addObject().put("three", 3);
        object.putPOJO("pojo", List.of("a", "b"));
        ArrayNode array = JsonOutput.arrayNode().add(object).add(NODES.arrayNode().add(NODES.arrayNode())).add("x");
        for (JsonNode tree : List.of(object, array, NODES.stringNode("only"), NODES.numberNode(42))) {
            assertThat(written(JsonOutputTest::ours, tree)).isEqualTo(written(JsonOutputTest::mappers, tree));
            assertThat(JsonOutput.pretty(tree))
                    .isEqualTo(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        }
    }

    @Test
    void severalTreesInOneArrayAndTheTargetLeftOpen() {
        ObjectNode first = JsonOutput.objectNode().put("file", "a.json").put("line", 1);
        ObjectNode second = JsonOutput.objectNode().put("file", "b.json").put("line", 2);
        BiConsumer<JsonGenerator, JsonNode> twice = (json, unused) -> {
            json.writeStartArray();
            json.writeTree(first);
            json.writeTree(second);
            json.writeEndArray();
        };
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonOutput.prettyGenerator(out)) {
            twice.accept(json, null);
        }
        out.write("\nstill open");
        StringWriter expected = new StringWriter();
        try (JsonGenerator json = Json.MAPPER.writerWithDefaultPrettyPrinter()
                .without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(expected)) {
            twice.accept(json, null);
        }
        expected.write("\nstill open");
        assertThat(out.toString()).isEqualTo(expected.toString()).contains("\"file\" : \"b.json\"");
    }

    private static void ours(StringWriter out, JsonNode tree) {
        try (JsonGenerator json = JsonOutput.prettyGenerator(out)) {
            json.writeTree(tree);
        }
    }

    private static void mappers(StringWriter out, JsonNode tree) {
        try (JsonGenerator json = Json.MAPPER.writerWithDefaultPrettyPrinter()
                .without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out)) {
            json.writeTree(tree);
        }
    }

    private static String written(BiConsumer<StringWriter, JsonNode> writer, JsonNode tree) {
        StringWriter out = new StringWriter();
        writer.accept(out, tree);
        return out.toString();
    }
}
