package org.appflowcontracts.validator.vocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * {@code appflowUnique}: among the items of an array that are objects matching {@code where}, the string values
 * of {@code member} are pairwise distinct. Reports the relative pointer {@code /<index>/<member>} of each later
 * duplicate.
 */
public final class Unique {

    private Unique() {
    }

    /** Relative pointers (from the array) of duplicates; empty when the array passes. */
    public static List<String> duplicates(JsonNode array, Predicate<JsonNode> where, String member) {
        List<String> failures = new ArrayList<>();
        if (array == null || !array.isArray()) {
            return failures;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                continue;
            }
            JsonNode value = item.get(member);
            if (value == null || !value.isString() || !where.test(item)) {
                continue;
            }
            if (!seen.add(value.asString())) {
                failures.add("/" + i + "/" + Pointers.escape(member));
            }
        }
        return failures;
    }
}
