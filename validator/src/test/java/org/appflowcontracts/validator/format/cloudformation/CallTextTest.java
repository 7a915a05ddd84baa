package org.appflowcontracts.validator.format.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@link CallText} against what it replaces: Jackson's compact text of the call, cut the same way. */
class CallTextTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static String expected(JsonNode call, int limit) {
        String text = call.toString();
        return text.length() <= limit ? text : text.substring(0, limit - 3) + "...";
    }

    private static void assertSameText(JsonNode call) {
        for (int limit : new int[] {3, 4, 10, 20, 79, 80, 81, 200, 100_000}) {
            assertEquals(expected(call, limit), CallText.of(call, limit), () -> "limit " + limit + ": " + call);
        }
    }

    @Test
    void everyCharacterInANameAndAValueIsWrittenAsJacksonWritesIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "a" + (char) c + "b";
            ObjectNode call = NODES.objectNode();
            call.put(text, text);
            assertEquals(expected(call, 100), CallText.of(call, 100), "character " + c);
        }
    }

    @Test
    void theUsualFunctionsAreWrittenAsJacksonWritesThem() {
        ObjectNode ref = NODES.objectNode().put("Ref", "LandingBucket");
        ObjectNode getAtt = NODES.objectNode();
        getAtt.putArray("Fn::GetAtt").add("Bucket").add("Arn");
        ObjectNode join = NODES.objectNode();
        ArrayNode parts = join.putArray("Fn::Join").add("");
        parts.addArray().add("arn:aws:s3:::").add(ref.deepCopy()).add("/prefix/with \"quotes\" and \\ and \n");
        ObjectNode sub = NODES.objectNode().put("Fn::Sub", "${AWS::StackName}-flow-\u00e9\ud83d\ude00");
        for (JsonNode call : new JsonNode[] {ref, getAtt, join, sub, NODES.objectNode()}) {
            assertSameText(call);
        }
    }

    @Test
    void everyKindOfValueInsideACallIsWrittenAsJacksonWritesIt() {
        ObjectNode call = NODES.objectNode();
        ArrayNode values = call.putArray("Fn::Select");
        values.add(NODES.numberNode(3)).add(NODES.numberNode(12_345_678_901L)).add(NODES.numberNode(-7))
                .add(NODES.numberNode((short) 4)).add(NODES.numberNode(2.5)).add(NODES.numberNode(1e20))
                .add(NODES.numberNode(1.5f)).add(NODES.numberNode(new BigDecimal("1E+3")))
                .add(NODES.numberNode(new BigInteger("123456789012345678901234567890"))).add(true).add(false)
                .addNull().add(NODES.binaryNode(new byte[] {1, 2, 3})).add(NODES.pojoNode("x"));
        values.addObject().set("nested", NODES.numberNode(0.1));
        assertSameText(call);
        for (int i = 0; i < values.size(); i++) {
            ObjectNode single = NODES.objectNode();
            single.set("Fn::If", values.get(i));
            assertSameText(single);
        }
    }

    @Test
    void randomCallsOfEveryLengthAreWrittenAndCutAsJacksonDoes() {
        Random random = new Random(20261205L);
        for (int run = 0; run < 3_000; run++) {
            JsonNode call = randomValue(random, 0);
            ObjectNode wrapped = NODES.objectNode();
            wrapped.set("Fn::" + run, call);
            for (int limit = 3; limit <= 120; limit += 1 + random.nextInt(4)) {
                assertEquals(expected(wrapped, limit), CallText.of(wrapped, limit), wrapped::toString);
            }
        }
    }

    private static JsonNode randomValue(Random random, int depth) {
        int kind = depth > 3 ? random.nextInt(5) : random.nextInt(7);
        return switch (kind) {
            case 0 -> NODES.stringNode(randomText(random));
            case 1 -> NODES.numberNode(random.nextInt());
            case 2 -> random.nextBoolean() ? NODES.numberNode(random.nextLong()) : NODES.numberNode(random.nextDouble());
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.nullNode();
            case 5 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(random, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(randomText(random), randomValue(random, depth + 1));
                }
                yield object;
            }
        };
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) {
            int pick = random.nextInt(10);
            text.append(pick < 6 ? (char) ('a' + random.nextInt(26)) : pick < 8 ? (char) random.nextInt(0x80)
                    : (char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return text.toString();
    }
}
