package org.appflowcontracts.validator.format.mapping;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The conversions between scalar types that Terraform makes before a provider sees a value: a string holding a
 * decimal number becomes that number, "true" and "false" become booleans, and a number or boolean becomes its
 * string. A value that does not convert (the string "many" for a number, 1.5 for an integer) is kept as written,
 * for the contract to report. References and other unknown values are not scalars and are left alone.
 */
final class ScalarConversion {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Terraform's decimal number literal, as its string-to-number conversion reads it. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private ScalarConversion() {
    }

    /** Whether values of the JSON Schema type {@code type} are converted to from the other scalar types. */
    static boolean converts(String type) {
        return switch (type) {
            case "string", "integer", "number", "boolean" -> true;
            default -> false;
        };
    }

    /** {@code value} as Terraform converts it to {@code type}: the same node when it is already one, or fails. */
    static JsonNode convert(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isNumber() || value.isBoolean() ? NODES.stringNode(text(value)) : value;
            case "integer", "number" -> value.isString() ? number(value, type.equals("integer")) : value;
            case "boolean" -> value.isString() ? bool(value) : value;
            default -> value;
        };
    }

    private static String text(JsonNode value) {
        // Terraform writes 1.0 as "1": the shortest decimal of the number.
        return value.isBoolean() ? value.asString() : value.decimalValue().stripTrailingZeros().toPlainString();
    }

    private static JsonNode number(JsonNode value, boolean integer) {
        String text = value.asString();
        if (!DECIMAL.matcher(text).matches()) {
            return value;
        }
        BigDecimal number = new BigDecimal(text);
        if (!integer) {
            return NODES.numberNode(number);
        }
        try {
            return NODES.numberNode(number.toBigIntegerExact());
        } catch (ArithmeticException notWhole) {
            return value;
        }
    }

    private static JsonNode bool(JsonNode value) {
        return switch (value.asString()) {
            case "true" -> NODES.booleanNode(true);
            case "false" -> NODES.booleanNode(false);
            default -> value;
        };
    }
}
