package org.appflowcontracts.validator.format.cloudformation;

import java.util.Map;
import org.appflowcontracts.validator.contracts.JsonText;
import tools.jackson.databind.JsonNode;

/**
 * A function call as compact JSON, the very text {@link JsonNode#toString()} gives, cut to a length: how an unknown
 * value names the call it stands for. Written here rather than by Jackson's serializer, whose set-up (a writer, a
 * generator, buffers) cost more than the rest of mapping the call, and stopped once the text is longer than its
 * cut; a value this writer does not spell itself (a fractional or big number) leaves the call to {@link JsonText},
 * the streaming generator's writing of the same text (never {@code toString()}, which builds a whole JSON mapper).
 */
final class CallText {

    private static final String ELLIPSIS = "...";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CallText() {
    }

    /** The call's JSON text when it has at most {@code limit} characters, else its start and {@code "..."}. */
    static String of(JsonNode call, int limit) {
        StringBuilder out = new StringBuilder(limit + 16);
        String text = write(call, out, limit) ? out.toString() : JsonText.compact(call);
        return text.length() <= limit ? text : text.substring(0, limit - ELLIPSIS.length()) + ELLIPSIS;
    }

    /**
     * Appends {@code node}'s text, or as much of it as makes {@code out} longer than {@code limit} (the rest is cut
     * anyway); false when the node holds a value left to Jackson.
     */
    private static boolean write(JsonNode node, StringBuilder out, int limit) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                return object(node, out, limit);
            }
            case ARRAY -> {
                return array(node, out, limit);
            }
            case STRING -> string(node.stringValue(), out);
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            case NUMBER -> {
                if (!node.isInt() && !node.isLong()) {
                    return false;
                }
                out.append(node.longValue());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean object(JsonNode node, StringBuilder out, int limit) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            if (out.length() > limit) {
                return true;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(member.getKey(), out);
            out.append(':');
            if (!write(member.getValue(), out, limit)) {
                return false;
            }
        }
        out.append('}');
        return true;
    }

    private static boolean array(JsonNode node, StringBuilder out, int limit) {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
            if (out.length() > limit) {
                return true;
            }
            if (i > 0) {
                out.append(',');
            }
            if (!write(node.get(i), out, limit)) {
                return false;
            }
        }
        out.append(']');
        return true;
    }

    /** A JSON string escaped as Jackson's default writer escapes it: quotes, backslashes and control characters. */
    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                control(c, out);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static void control(char c, StringBuilder out) {
        switch (c) {
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
    }
}
