package org.appflowcontracts.validator.fuzz;

import java.util.Map;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;
import tools.jackson.databind.JsonNode;

/** Checks that every value of a parsed document has a position, and that the position is in its source. */
final class LocatedTrees {

    /** Values checked per document: enough for any input the fuzzer builds, bounded for a large seed. */
    private static final int MAX_VALUES = 5_000;

    private LocatedTrees() {
    }

    static void requireEveryValueInside(LocatedDocument document, DocumentBounds bounds) {
        walk(document, document.root(), "", bounds, new int[] {0});
    }

    private static void walk(LocatedDocument document, JsonNode node, String pointer, DocumentBounds bounds,
            int[] visited) {
        if (visited[0]++ >= MAX_VALUES) {
            return;
        }
        Position at = document.positionOf(pointer);
        bounds.requireInside(at.line(), at.column(), "value " + shorten(pointer));
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                walk(document, member.getValue(), JsonPointers.append(pointer, member.getKey()), bounds, visited);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(document, node.get(i), JsonPointers.append(pointer, i), bounds, visited);
            }
        }
    }

    static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
