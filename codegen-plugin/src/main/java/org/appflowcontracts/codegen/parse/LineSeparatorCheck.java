package org.appflowcontracts.codegen.parse;

import java.util.Map;
import org.appflowcontracts.codegen.SchemaCompileException;
import tools.jackson.databind.JsonNode;

/**
 * Refuses U+2028 and U+2029 anywhere in a schema document (member names and string values). Schema strings end
 * up in Java string literals, and JavaPoet breaks a line at these separators even inside a literal, which would
 * leave generated code that does not compile; a located error is the honest answer.
 */
final class LineSeparatorCheck {

    private LineSeparatorCheck() {}

    static void check(String file, JsonNode tree) {
        check(file, tree, "");
    }

    private static void check(String file, JsonNode node, String pointer) {
        if (node.isString() && hasSeparator(node.stringValue())) {
            throw refused(file, pointer, "the string");
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String child = pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
                if (hasSeparator(member.getKey())) {
                    throw refused(file, child, "the member name");
                }
                check(file, member.getValue(), child);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(file, node.get(i), pointer + "/" + i);
            }
        }
    }

    private static boolean hasSeparator(String s) {
        return s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0;
    }

    private static SchemaCompileException refused(String file, String pointer, String what) {
        return new SchemaCompileException(file, pointer,
                what + " contains U+2028 or U+2029 (a line or paragraph separator), which generated Java cannot carry;"
                        + " write it without one");
    }
}
