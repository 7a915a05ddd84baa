package org.appflowcontracts.validator.vocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * {@code appflowCovered}: every string taken from items matching {@code values} appears among the strings taken
 * from items matching any of {@code by}. A "taken" string is the member's value when it is a string, or each
 * string of it when it is an array. Reports the relative pointer of each uncovered string.
 */
public final class Covered {

    /** Which items to take strings from, and from which member. */
    public record Source(Predicate<JsonNode> where, String member) {
    }

    private Covered() {
    }

    /** Relative pointers (from the array) of uncovered strings; empty when the array passes. */
    public static List<String> uncovered(JsonNode array, Source values, List<Source> by) {
        List<String> failures = new ArrayList<>();
        if (array == null || !array.isArray()) {
            return failures;
        }
        Set<String> covering = new HashSet<>();
        for (Source source : by) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isObject() && item.has(source.member()) && source.where().test(item)) {
                    forEachString(item.get(source.member()), "", (pointer, text) -> covering.add(text));
                }
            }
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (item.isObject() && item.has(values.member()) && values.where().test(item)) {
                String base = "/" + i + "/" + Pointers.escape(values.member());
                forEachString(item.get(values.member()), base, (pointer, text) -> {
                    if (!covering.contains(text)) {
                        failures.add(pointer);
                    }
                });
            }
        }
        return failures;
    }

    private interface StringSink {
        void accept(String pointer, String text);
    }

    private static void forEachString(JsonNode value, String pointer, StringSink sink) {
        if (value.isString()) {
            sink.accept(pointer, value.asString());
        } else if (value.isArray()) {
            for (int j = 0; j < value.size(); j++) {
                if (value.get(j).isString()) {
                    sink.accept(pointer + "/" + j, value.get(j).asString());
                }
            }
        }
    }
}
