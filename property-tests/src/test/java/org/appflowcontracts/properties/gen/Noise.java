package org.appflowcontracts.properties.gen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Structural noise on a JSON document: values replaced by other types, members removed or added, numbers out of
 * range or huge, odd Unicode, very long strings and nulls. Each call applies one to a few edits at random places.
 */
public final class Noise {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> ODD_STRINGS = List.of("", " ", "\u0000", "\t\n", "\u200b", "\u202eevil",
            "\uD83D\uDE00", "\uD800", "\uDC00x", "caf\u00e9", "\u0130", "\uFEFF", "a\u0085b", "line\u2028break",
            "rate(5minutes)\n", "cron(", "../../etc", "${x}", "%s%n", "1e309", "-0", "NaN", "true", "null",
            "EntityOfX", "upsolver-appflow", "aws:x", "Id,Name", "[\"Id\"]");
    private static final List<String> KEYS = List.of("extra", "S3", "Salesforce", "SAPOData", "Scheduled",
            "connectorType", "taskType", "VALUE", "", "\u00e9", "a/b", "~0", "$ref");

    /** Upper bound of the very long strings; {@code -Dproperty.longString=N} changes it. */
    private static final int LONG_STRING = Integer.getInteger("property.longString", 20_000);

    private final Random random;

    public Noise(Random random) {
        this.random = random;
    }

    /** A noisy copy. */
    public JsonNode apply(JsonNode document) {
        JsonNode copy = document.deepCopy();
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            copy = edit(copy);
        }
        return copy;
    }

    private JsonNode edit(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return value();
        }
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            int choice = random.nextInt(3);
            if (choice == 0 || names.isEmpty()) {
                object.set(KEYS.get(random.nextInt(KEYS.size())), value());
            } else if (choice == 1) {
                object.remove(names.get(random.nextInt(names.size())));
            } else {
                object.set(names.get(random.nextInt(names.size())), value());
            }
        } else if (container instanceof ArrayNode array) {
            int choice = random.nextInt(3);
            if (choice == 0 || array.isEmpty()) {
                array.add(value());
            } else if (choice == 1) {
                array.remove(random.nextInt(array.size()));
            } else {
                array.set(random.nextInt(array.size()), value());
            }
        }
        return root;
    }

    private void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            for (JsonNode child : node) {
                collect(child, containers);
            }
        }
    }

    /** A value of a random kind, often hostile. */
    public JsonNode value() {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(21) - 10);
            case 3 -> NODES.numberNode(random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE);
            case 4 -> NODES.numberNode(new BigInteger("9".repeat(1 + random.nextInt(60))));
            case 5 -> NODES.numberNode(new BigDecimal(random.nextBoolean() ? "1e400" : "-2.5e-400"));
            case 6 -> NODES.numberNode(random.nextDouble() * 1e12);
            case 7 -> NODES.stringNode(ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size())));
            case 8 -> NODES.stringNode("x".repeat(1 + random.nextInt(LONG_STRING)));
            case 9 -> NODES.arrayNode().add(value()).add(NODES.nullNode());
            case 10 -> NODES.objectNode().set(KEYS.get(random.nextInt(KEYS.size())), NODES.stringNode("v"));
            case 11 -> NODES.numberNode(1.5);
            case 12 -> NODES.stringNode(String.valueOf(1_767_225_600_000L + random.nextInt(1000)));
            default -> NODES.stringNode("2026-01-0" + (1 + random.nextInt(9)) + "T00:00:00" + (random.nextBoolean() ? "Z" : "+25:00"));
        };
    }
}
