package org.appflowcontracts.validator.format;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeType;
import tools.jackson.databind.node.POJONode;

/**
 * Values a file does not fix: an intrinsic function of a template, a Terraform variable or reference, a value a
 * plan knows only after apply. In a request tree such a value is a POJO node (a JSON or YAML parse never makes
 * one), and the compiled validators evaluate every check that reads it as neither passing nor failing: no
 * finding depends on it.
 */
public final class Unknowns {

    /** What an unknown stands for, for people reading a tree in a debugger or a test failure. */
    public record UnknownValue(String origin) {
        @Override
        public String toString() {
            return "<unknown: " + origin + ">";
        }
    }

    private Unknowns() {
    }

    /** An unknown value, described by where it comes from ({@code !Ref Bucket}, {@code var.bucket}). */
    public static JsonNode unknown(String origin) {
        return new POJONode(new UnknownValue(origin));
    }

    /** The pointer of the first unknown value in {@code node} (document order), or empty when it has none. */
    public static Optional<String> firstUnknown(JsonNode node) {
        return Optional.ofNullable(first(node, ""));
    }

    private static String first(JsonNode node, String pointer) {
        if (isUnknown(node)) {
            return pointer;
        }
        if (node.isObject()) {
            for (var entry : node.properties()) {
                String found = first(entry.getValue(), pointer + "/" + escape(entry.getKey()));
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = first(node.get(i), pointer + "/" + i);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String escape(String member) {
        return member.replace("~", "~0").replace("/", "~1");
    }

    /** Whether {@code node} stands for a value the file does not fix. */
    public static boolean isUnknown(JsonNode node) {
        return node != null && node.getNodeType() == JsonNodeType.POJO;
    }
}
