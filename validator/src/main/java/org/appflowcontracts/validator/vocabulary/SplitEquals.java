package org.appflowcontracts.validator.vocabulary;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * {@code appflowSplitEquals}: the string at {@code value} (relative JSON Pointer), split on the literal
 * {@code separator} with entries trimmed, must equal as a set the array of strings at {@code items}.
 * Passes when either is absent or of the wrong type (an array holding a non-string counts as wrong type).
 */
public final class SplitEquals {

    private SplitEquals() {
    }

    public static boolean passes(JsonNode object, String valuePointer, String itemsPointer, String separator) {
        if (object == null || !object.isObject()) {
            return true;
        }
        JsonNode value = object.at(valuePointer);
        JsonNode items = object.at(itemsPointer);
        if (!value.isString() || !items.isArray()) {
            return true;
        }
        Set<String> expected = new HashSet<>();
        for (JsonNode item : items) {
            if (!item.isString()) {
                return true;
            }
            expected.add(item.asString());
        }
        Set<String> actual = new HashSet<>();
        for (String entry : value.asString().split(Pattern.quote(separator), -1)) {
            actual.add(entry.trim());
        }
        return actual.equals(expected);
    }
}
