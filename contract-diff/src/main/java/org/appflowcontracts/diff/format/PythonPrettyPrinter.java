package org.appflowcontracts.diff.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lays out nested maps, lists, sets and strings exactly as Python's {@code pprint.pformat} does (keys and set
 * items sorted, one item per line wherever the flat form would pass the width), which is how the published AWS
 * API changelogs print their change trees. Strings are written whole: type names and enum values hold no blanks,
 * the only place pprint would split a string.
 */
public final class PythonPrettyPrinter {

    private final int width;

    public PythonPrettyPrinter(int width) {
        this.width = width;
    }

    public String format(Object value) {
        StringBuilder out = new StringBuilder();
        format(value, out, 0, 0);
        return out.toString();
    }

    private void format(Object value, StringBuilder out, int indent, int allowance) {
        String flat = repr(value);
        if (flat.length() <= width - indent - allowance) {
            out.append(flat);
        } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('{');
            dictItems(sortedMap(map), out, indent + 1, allowance + 1);
            out.append('}');
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('[');
            items(list, out, indent + 1, allowance + 1);
            out.append(']');
        } else if (value instanceof Set<?> set && !set.isEmpty()) {
            out.append('{');
            items(new ArrayList<>(new TreeSet<>(set)), out, indent + 1, allowance + 1);
            out.append('}');
        } else {
            out.append(flat);
        }
    }

    private void dictItems(Map<String, ?> map, StringBuilder out, int indent, int allowance) {
        int last = map.size() - 1;
        int i = 0;
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            String key = repr(entry.getKey());
            out.append(key).append(": ");
            format(entry.getValue(), out, indent + key.length() + 2, i == last ? allowance : 1);
            if (i++ != last) {
                out.append(",\n").append(" ".repeat(indent));
            }
        }
    }

    private void items(Collection<?> values, StringBuilder out, int indent, int allowance) {
        int last = values.size() - 1;
        int i = 0;
        for (Object value : values) {
            format(value, out, indent, i == last ? allowance : 1);
            if (i++ != last) {
                out.append(",\n").append(" ".repeat(indent));
            }
        }
    }

    /** Python's {@code repr}, with dict keys and set items sorted (as pprint sorts them). */
    static String repr(Object value) {
        if (value instanceof String text) {
            return stringRepr(text);
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            sortedMap(map).forEach((k, v) -> parts.add(stringRepr(k) + ": " + repr(v)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (value instanceof Collection<?> items) {
            Collection<?> ordered = items instanceof Set<?> ? new TreeSet<>(items) : items;
            List<String> parts = ordered.stream().map(PythonPrettyPrinter::repr).toList();
            boolean set = items instanceof Set<?>;
            if (set && parts.isEmpty()) {
                return "set()";
            }
            return (set ? "{" : "[") + String.join(", ", parts) + (set ? "}" : "]");
        }
        throw new IllegalArgumentException("no Python form for " + value);
    }

    private static Map<String, ?> sortedMap(Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put((String) k, v));
        return sorted;
    }

    private static String stringRepr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c == quote ? "\\" + c : String.valueOf(c));
            }
        }
        return out.append(quote).toString();
    }
}
