package org.appflowcontracts.codegen.parse;

import java.util.Map;
import org.appflowcontracts.codegen.SchemaCompileException;
import org.appflowcontracts.codegen.model.SchemaLocation;
import tools.jackson.databind.JsonNode;

/**
 * Refuses text that generated Java source cannot carry, anywhere in a schema document (member names and string
 * values): U+2028 and U+2029, at which JavaPoet breaks a line even inside a string literal (code that does not
 * compile), and unpaired surrogates (a JSON {@code \\uDC00} escape), which a UTF-8 source file cannot hold and
 * which would be written as '?' — a pattern or enum value silently changed. A located error is the honest answer.
 */
final class SourceTextCheck {

    private SourceTextCheck() {}

    static void check(String file, JsonNode tree) {
        check(tree, new SchemaLocation(file, ""));
    }

    private static void check(JsonNode node, SchemaLocation at) {
        String problem = node.isString() ? problem(node.stringValue()) : null;
        if (problem != null) {
            throw refused(at, "the string", problem);
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                SchemaLocation child = at.child(member.getKey());
                String nameProblem = problem(member.getKey());
                if (nameProblem != null) {
                    throw refused(child, "the member name", nameProblem);
                }
                check(member.getValue(), child);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), at.child(Integer.toString(i)));
            }
        }
    }

    /** What in {@code s} generated source cannot carry, or null. */
    private static String problem(String s) {
        if (s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0) {
            return "U+2028 or U+2029 (a line or paragraph separator)";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("an unpaired surrogate (U+%04X)", (int) c);
            }
        }
        return null;
    }

    private static SchemaCompileException refused(SchemaLocation at, String what, String problem) {
        return new SchemaCompileException(at.file(), at.pointer(),
                what + " contains " + problem + ", which generated Java cannot carry; write it without one");
    }
}
