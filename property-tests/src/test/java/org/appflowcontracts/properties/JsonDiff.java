package org.appflowcontracts.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/** The places where two JSON trees differ, as JSON pointers with both values, for readable failures. */
final class JsonDiff {

    private JsonDiff() {
    }

    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        walk("", expected, actual, out);
        return out;
    }

    private static void walk(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected != null && actual != null && expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                walk(pointer + "/" + name, expected.get(name), actual.get(name), out);
            }
        } else if (expected != null && actual != null && expected.isArray() && actual.isArray()
                && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                walk(pointer + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else if (expected != null && actual != null && expected.isNumber() && actual.isNumber()) {
            // an int and a long holding the same value are the same JSON number
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(pointer + ": " + expected + " became " + actual);
            }
        } else if (expected == null || !expected.equals(actual)) {
            out.add(pointer + ": " + expected + " became " + actual);
        }
    }
}
