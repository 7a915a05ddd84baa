package org.appflowcontracts.validator.vocabulary;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * {@code appflowOrdered}: two members of an object must be in order. Passes when either member is absent or not
 * convertible; fails when {@code lower > upper} (or {@code lower >= upper} when strict).
 */
public final class Ordered {

    /** How member values are compared. */
    public enum As {
        /** A number (epoch seconds) or a timestamp string as {@link TimestampText} reads it. */
        TIMESTAMP,
        /** A number or a string holding a decimal number. */
        DECIMAL;

        public static As fromWireName(String name) {
            return switch (name) {
                case "timestamp" -> TIMESTAMP;
                case "decimal" -> DECIMAL;
                default -> throw new IllegalArgumentException("appflowOrdered 'as' must be timestamp or decimal: " + name);
            };
        }
    }

    private static final Pattern DECIMAL_TEXT = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    /**
     * Longest decimal text compared, in characters. Reading a number costs more than linear time in its digits,
     * and no bound means anything with a thousand digits; longer text is not compared (the compiled checks agree).
     */
    public static final int MAX_DECIMAL_TEXT = 1000;
    /** Most exponent digits (leading zeros aside) compared: beyond a million no magnitude means anything either. */
    public static final int MAX_EXPONENT_DIGITS = 6;

    private Ordered() {
    }

    /** Whether {@code object} satisfies the ordering of {@code lower} and {@code upper}. */
    public static boolean passes(JsonNode object, String lower, String upper, boolean strict, As as) {
        if (object == null || !object.isObject()) {
            return true;
        }
        Optional<BigDecimal> low = convert(object.get(lower), as);
        Optional<BigDecimal> high = convert(object.get(upper), as);
        if (low.isEmpty() || high.isEmpty()) {
            return true;
        }
        int cmp = low.get().compareTo(high.get());
        return strict ? cmp < 0 : cmp <= 0;
    }

    /** The comparable value of a member, or empty when absent or not convertible. */
    public static Optional<BigDecimal> convert(JsonNode value, As as) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        if (!value.isString()) {
            return Optional.empty();
        }
        String text = value.asString();
        return as == As.TIMESTAMP ? TimestampText.epochSeconds(text) : decimal(text);
    }

    /** The decimal a text holds, read with bounded work; empty when it is no decimal or beyond the bounds above. */
    public static Optional<BigDecimal> decimal(String text) {
        String trimmed = text.trim();
        if (trimmed.length() > MAX_DECIMAL_TEXT || !DECIMAL_TEXT.matcher(trimmed).matches()
                || exponentDigits(trimmed) > MAX_EXPONENT_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(trimmed));
    }

    private static int exponentDigits(String decimal) {
        int e = Math.max(decimal.indexOf('e'), decimal.indexOf('E'));
        if (e < 0) {
            return 0;
        }
        int start = e + 1;
        if (start < decimal.length() && (decimal.charAt(start) == '+' || decimal.charAt(start) == '-')) {
            start++;
        }
        while (start < decimal.length() - 1 && decimal.charAt(start) == '0') {
            start++;
        }
        return decimal.length() - start;
    }

}
