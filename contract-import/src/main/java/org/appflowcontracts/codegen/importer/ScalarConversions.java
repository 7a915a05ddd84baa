package org.appflowcontracts.codegen.importer;

import java.util.List;
import java.util.Map;

/**
 * The scalar conversions CloudFormation and Terraform apply before a resource reaches its provider: a number
 * or boolean where a string is expected is written as text, and a string holding a number or a boolean is read
 * as one. A resource schema over the file's values therefore widens every scalar type to the forms those
 * tools convert, and checks that a string standing for a number or boolean can be read as one.
 */
final class ScalarConversions {

    /** Decimal integers, as both tools read them from text. */
    static final String INTEGER_TEXT = "^[+-]?[0-9]+$";
    /** Decimal numbers with optional fraction and exponent. */
    static final String NUMBER_TEXT = "^[+-]?(?:[0-9]+(?:[.][0-9]*)?|[.][0-9]+)(?:[eE][+-]?[0-9]+)?$";
    /** The boolean words both tools accept. */
    static final String BOOLEAN_TEXT = "^(?:true|false|True|False|TRUE|FALSE)$";

    private ScalarConversions() {
    }

    /**
     * Widens the {@code type} of {@code schema} in place (a schema with one scalar type name); a schema without
     * a scalar type is left alone.
     */
    static void widen(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (!(type instanceof String name)) {
            return;
        }
        switch (name) {
            case "string" -> schema.put("type", List.of("string", "number", "boolean"));
            case "integer" -> widenToText(schema, List.of("integer", "string"), INTEGER_TEXT);
            case "number" -> widenToText(schema, List.of("number", "string"), NUMBER_TEXT);
            case "boolean" -> widenToText(schema, List.of("boolean", "string"), BOOLEAN_TEXT);
            default -> {
                // objects and arrays are never converted
            }
        }
    }

    private static void widenToText(Map<String, Object> schema, List<String> types, String textPattern) {
        if (schema.containsKey("pattern")) {
            throw new IllegalArgumentException("a " + types.get(0) + " schema with a pattern cannot be widened");
        }
        schema.put("type", types);
        schema.put("pattern", textPattern);
    }
}
