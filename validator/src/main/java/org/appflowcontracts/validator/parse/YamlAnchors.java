package org.appflowcontracts.validator.parse;

import java.util.HashMap;
import java.util.Map;
import org.appflowcontracts.validator.InputException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Remembers the values of YAML anchors ({@code &name}) so that aliases ({@code *name}) can be expanded into copies,
 * as every YAML loader does. Expansion is budgeted: a few nested aliases can otherwise describe an exponentially
 * large document (the "billion laughs" input) from a tiny file.
 */
final class YamlAnchors {

    private final Map<String, JsonNode> values = new HashMap<>();
    /** The document's text, to tell a quoted key from a plain one where YAML gives them different meanings. */
    private final String text;
    private long expandedNodes;

    YamlAnchors(String text) {
        this.text = text == null ? "" : text;
    }

    /** Whether the scalar starting at {@code location} (the reader counts code points) is quoted in the text. */
    boolean quotedAt(TokenStreamLocation location) {
        long codePoints = location == null ? -1 : location.getCharOffset();
        if (codePoints < 0 || codePoints >= text.length()) {
            return false;
        }
        int at = text.offsetByCodePoints(0, (int) Math.min(codePoints, text.codePointCount(0, text.length())));
        return at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'');
    }

    void remember(String anchor, JsonNode value) {
        values.put(anchor, value);
    }

    /** A copy of the anchored value, or a located error for an unknown anchor or an exhausted budget. */
    JsonNode expand(String anchor, Position at, int depth) throws InputException {
        JsonNode value = values.get(anchor);
        if (value == null) {
            // The YAML reader reports anchors on objects and arrays only, so a single value's anchor is unknown too.
            throw new InputException("YAML alias '*" + anchor + "' cannot be expanded: it names no object or array"
                    + " anchored before it (anchors on single values are not supported); write the value out",
                    at.line(), at.column(), null);
        }
        expandedNodes += sizeOf(value);
        if (expandedNodes > InputLimits.MAX_ALIAS_EXPANSION_NODES) {
            throw new InputException("YAML aliases expand to more than " + InputLimits.MAX_ALIAS_EXPANSION_NODES
                    + " values; write the document out", at.line(), at.column(), null);
        }
        // The copy is not seen by the reader's nesting limit; nested aliases could otherwise stack copies deep
        // enough to exhaust the call stack of whatever walks the tree.
        if (depth + heightOf(value) > InputLimits.MAX_NESTING_DEPTH) {
            throw new InputException("YAML alias '*" + anchor + "' nests the document deeper than "
                    + InputLimits.MAX_NESTING_DEPTH + " levels; write the document out", at.line(), at.column(), null);
        }
        return value.deepCopy();
    }

    private static int heightOf(JsonNode node) {
        int below = 0;
        for (JsonNode child : node) {
            below = Math.max(below, heightOf(child));
        }
        return node.isContainer() ? below + 1 : 0;
    }

    private static long sizeOf(JsonNode node) {
        long size = 1;
        for (JsonNode child : node) {
            size += sizeOf(child);
        }
        return size;
    }
}
