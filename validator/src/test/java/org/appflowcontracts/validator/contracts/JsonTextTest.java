package org.appflowcontracts.validator.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.appflowcontracts.validator.format.Unknowns;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The compact text of a tree is exactly what Jackson's own {@code toString()} writes. */
class JsonTextTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void writesWhatToStringWritesForEveryKindOfValue() {
        ObjectNode tree = NODES.objectNode();
        tree.put("int", 7).put("long", 1L << 40).put("double", 2.5).put("float", 1.25f).put("bool", false)
                .put("text", "quote \" backslash \\ tab \t line\n é ✓ \u0001 😀").putNull("null");
        tree.set("big", NODES.numberNode(new BigInteger("123456789012345678901234567890")));
        tree.set("decimal", NODES.numberNode(new BigDecimal("1.50")));
        tree.set("exponent", NODES.numberNode(new BigDecimal("1E+3")));
        tree.putArray("list").add(1).add("two").addObject().putArray("empty");
        tree.set("binary", NODES.binaryNode(new byte[] {1, 2, 3, (byte) 0xFF}));
        tree.putObject("Fn::Join").putArray("").add(NODES.objectNode().put("Ref", "AWS::Region"));
        assertThat(JsonText.compact(tree)).isEqualTo(tree.toString());
        String file = "{\"Fn::Sub\": [\"arn:${A}\", {\"A\": {\"Ref\": \"B\"}}], \"n\": [1, 2.0, -3e2, 12345678901]}";
        JsonNode read = JsonTrees.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(JsonText.compact(read)).isEqualTo(read.toString());
    }

    @Test
    void anUnknownIsWrittenAsWhatItStandsFor() {
        ObjectNode tree = NODES.objectNode();
        tree.set("bucket", Unknowns.unknown("!Ref Bucket"));
        assertThat(JsonText.compact(tree)).isEqualTo("{\"bucket\":\"<unknown: !Ref Bucket>\"}");
    }
}
