package org.appflowcontracts.validator.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits a request tree as the fuzzer's data says: a few steps, each picking a value of the tree and replacing,
 * removing, duplicating, retyping or re-spelling it. Values copied from elsewhere in the same tree carry the
 * contracts' vocabulary (connector types, operators) without this class knowing any of it.
 */
final class FlowMutator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Texts at the edges the engines have disagreed on before: line ends before '$', huge exponents, ... */
    private static final String[] EDGE_TEXTS = {"", " ", "\n", "\r\n", "\u0085", "\u2028", "a\n", "1e99999999999",
            "1e-2147483648", "3000.00000000000000001", "-0", "0.0", "1.0", "NaN", "\uD83D\uDE00", "*", "$", "."};

    /** One value of the tree: its container and its place there. */
    private record Site(JsonNode container, String member, int index, JsonNode value) {
    }

    private FlowMutator() {
    }

    static void mutate(ObjectNode root, FuzzedDataProvider data) {
        int steps = data.consumeInt(1, 4);
        for (int step = 0; step < steps && data.remainingBytes() > 0; step++) {
            List<Site> sites = new ArrayList<>();
            collect(root, sites);
            if (sites.isEmpty()) {
                return;
            }
            Site site = sites.get(data.consumeInt(0, sites.size() - 1));
            apply(site, sites, data);
        }
    }

    private static void apply(Site site, List<Site> sites, FuzzedDataProvider data) {
        switch (data.consumeInt(0, 9)) {
            case 0 -> remove(site);
            case 1 -> replace(site, NODES.stringNode(data.consumeString(40)));
            case 2 -> replace(site, NODES.numberNode(data.consumeLong()));
            case 3 -> replace(site, NODES.numberNode(BigDecimal.valueOf(data.consumeLong(), data.consumeInt(-40, 40))));
            case 4 -> replace(site, data.consumeBoolean() ? NODES.nullNode() : NODES.booleanNode(data.consumeBoolean()));
            case 5 -> replace(site, data.consumeBoolean() ? NODES.objectNode() : NODES.arrayNode());
            case 6 -> replace(site, sites.get(data.consumeInt(0, sites.size() - 1)).value().deepCopy());
            case 7 -> replace(site, NODES.stringNode(respell(site.value(), data)));
            case 8 -> grow(site, data);
            default -> replace(site, NODES.stringNode(data.pickValue(EDGE_TEXTS)));
        }
    }

    /** The value's text with an edge text or fuzzed characters put in, or its letter case flipped. */
    private static String respell(JsonNode value, FuzzedDataProvider data) {
        String text = value.isValueNode() ? value.asString() : "";
        int at = text.isEmpty() ? 0 : data.consumeInt(0, text.length());
        return switch (data.consumeInt(0, 2)) {
            case 0 -> text.substring(0, at) + data.pickValue(EDGE_TEXTS) + text.substring(at);
            case 1 -> text.substring(0, at) + data.consumeString(8) + text.substring(at);
            default -> flipCase(text);
        };
    }

    private static String flipCase(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.chars().forEach(c -> sb.append((char) (Character.isUpperCase(c) ? Character.toLowerCase(c)
                : Character.toUpperCase(c))));
        return sb.toString();
    }

    /** Adds an item to an array (a copy of one of its items) or a member to an object. */
    private static void grow(Site site, FuzzedDataProvider data) {
        if (site.value() instanceof ArrayNode array) {
            array.add(array.isEmpty() ? NODES.stringNode(data.consumeString(20))
                    : array.get(data.consumeInt(0, array.size() - 1)).deepCopy());
        } else if (site.value() instanceof ObjectNode object) {
            object.put(data.consumeString(20), data.consumeString(20));
        } else {
            replace(site, NODES.arrayNode().add(site.value().deepCopy()));
        }
    }

    private static void remove(Site site) {
        if (site.container() instanceof ObjectNode object) {
            object.remove(site.member());
        } else {
            ((ArrayNode) site.container()).remove(site.index());
        }
    }

    private static void replace(Site site, JsonNode value) {
        if (site.container() instanceof ObjectNode object) {
            object.set(site.member(), value);
        } else {
            ((ArrayNode) site.container()).set(site.index(), value);
        }
    }

    private static void collect(JsonNode node, List<Site> sites) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                sites.add(new Site(object, member.getKey(), -1, member.getValue()));
                collect(member.getValue(), sites);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                sites.add(new Site(array, null, i, array.get(i)));
                collect(array.get(i), sites);
            }
        }
    }
}
