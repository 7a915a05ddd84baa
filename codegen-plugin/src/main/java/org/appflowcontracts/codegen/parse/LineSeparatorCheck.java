package org.appflowcontracts.codegen.parse;

import java.util.Map;
import org.appflowcontracts.codegen.SchemaCompileException;
import org.appflowcontracts.codegen.model.SchemaLocation;
import tools.jackson.databind.JsonNode;

/**
 * Refuses U+2028 and U+2029 anywhere in a schema document (member names and string values). Schema strings end
 * up in Java string literals, and JavaPoet breaks a line at these separators even inside a literal, which would
 * leave generated code that does not compile; a located error is the honest answer.
 */
final class LineSeparatorCheck {

    private LineSeparatorCheck() {}

    static void check(String file, JsonNode tree) {
        check(tree, new SchemaLocation(file, ""));
    }

    private static void check(JsonNode node, SchemaLocation at) {
        if (node.isString() && hasSeparator(node.stringValue())) {
            throw refused(at, "the string");
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                SchemaLocation child = at.child(member.getKey());
                if (hasSeparator(member.getKey())) {
                    throw refused(child, "the member name");
                }
                check(member.getValue(), child);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), at.child(Integer.toString(i)));
            }
        }
    }

    private static boolean hasSeparator(String s) {
        return s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0;
    }

    private static SchemaCompileException refused(SchemaLocation at, String what) {
        return new SchemaCompileException(at.file(), at.pointer(),
                what + " contains U+2028 or U+2029 (a line or paragraph separator), which generated Java cannot carry;"
                        + " write it without one");
    }
}
