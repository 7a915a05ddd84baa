package org.appflowcontracts.validator.format;

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

    /** Whether {@code node} stands for a value the file does not fix. */
    public static boolean isUnknown(JsonNode node) {
        return node != null && node.getNodeType() == JsonNodeType.POJO;
    }
}
