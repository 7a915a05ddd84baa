package org.appflowcontracts.codegen.emit.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pattern of the exact shape {@code ^(?:[CLASS]*)$(?![\n\r\u0085\u2028\u2029])} (or with {@code +}, without
 * the group, or ending in {@code $(?![\s\S])}: both endings mean the end of the input): the whole string must
 * consist of characters of one class. Such a pattern is checked by a loop over the string's UTF-16
 * chars instead of a regex. Recognition is strict; any other text keeps the regex. The class must contain either
 * not name any surrogate: java.util.regex matches a class per code point (a supplementary character is one
 * code point, not two surrogates), and a class without surrogates treats both halves of a pair alike.
 *
 * @param ranges sorted, disjoint, non-adjacent inclusive char ranges as {@code lo0, hi0, lo1, hi1, ...}, with any
 *               negation already applied
 * @param nonEmpty whether the quantifier is {@code +}
 */
record SingleClassPattern(char[] ranges, boolean nonEmpty) {

    /** How the importer writes a whole-string match, and how the rule overlays write it. */
    private static final List<String> ENDINGS = List.of("$(?![\\n\\r\\u0085\\u2028\\u2029])", "$(?![\\s\\S])");

    static Optional<SingleClassPattern> recognise(String regex) {
        String ending = ENDINGS.stream().filter(regex::endsWith).findFirst().orElse(null);
        if (ending == null) {
            return Optional.empty();
        }
        String body = regex.substring(0, regex.length() - ending.length());
        String middle;
        if (body.startsWith("^(?:[") && body.endsWith(")")) {
            middle = body.substring("^(?:[".length(), body.length() - 1);
        } else if (body.startsWith("^[")) {
            middle = body.substring("^[".length());
        } else {
            return Optional.empty();
        }
        if (middle.length() < 3 || middle.charAt(middle.length() - 2) != ']') {
            return Optional.empty();
        }
        char quantifier = middle.charAt(middle.length() - 1);
        if (quantifier != '*' && quantifier != '+') {
            return Optional.empty();
        }
        return parseClass(middle.substring(0, middle.length() - 2))
                .map(r -> new SingleClassPattern(r, quantifier == '+'));
    }

    /** Whether every char of {@code s} is in the class (and {@code s} is non-empty when required). */
    boolean test(String s) {
        if (s.isEmpty()) {
            return !nonEmpty;
        }
        outer:
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            for (int r = 0; r < ranges.length; r += 2) {
                if (c < ranges[r]) {
                    return false;
                }
                if (c <= ranges[r + 1]) {
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    /** The class body (without brackets) as merged ranges, or empty on any syntax beyond the supported subset. */
    private static Optional<char[]> parseClass(String body) {
        boolean negated = body.startsWith("^");
        int[] pos = {negated ? 1 : 0};
        if (pos[0] >= body.length()) {
            return Optional.empty();
        }
        boolean[] set = new boolean[0x10000];
        while (pos[0] < body.length()) {
            int lo = atom(body, pos);
            if (lo < 0) {
                return Optional.empty();
            }
            int hi = lo;
            if (pos[0] < body.length() - 1 && body.charAt(pos[0]) == '-') {
                pos[0]++;
                hi = atom(body, pos);
                if (hi < lo) {
                    return Optional.empty();
                }
                if (pos[0] < body.length() - 1 && body.charAt(pos[0]) == '-') {
                    return Optional.empty();
                }
            }
            if (lo <= 0xDFFF && hi >= 0xD800) {
                return Optional.empty();
            }
            for (int c = lo; c <= hi; c++) {
                set[c] = true;
            }
        }
        List<Character> out = new ArrayList<>();
        int c = 0;
        while (c < 0x10000) {
            if (set[c] != negated) {
                int start = c;
                while (c + 1 < 0x10000 && set[c + 1] != negated) {
                    c++;
                }
                out.add((char) start);
                out.add((char) c);
            }
            c++;
        }
        if (out.isEmpty()) {
            return Optional.empty();
        }
        char[] ranges = new char[out.size()];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = out.get(i);
        }
        return Optional.of(ranges);
    }

    /** One class atom at {@code pos[0]}, advancing past it; -1 when unsupported. */
    private static int atom(String body, int[] pos) {
        char c = body.charAt(pos[0]);
        if (c != '\\') {
            // A '-' last in the class is a literal; anywhere else it is left to the range syntax.
            if (c == '-' && pos[0] == body.length() - 1 && pos[0] > 0) {
                pos[0]++;
                return c;
            }
            if (c == '[' || c == ']' || c == '&' || c == '-' || c == '^') {
                return -1;
            }
            pos[0]++;
            return c;
        }
        if (pos[0] + 1 >= body.length()) {
            return -1;
        }
        char e = body.charAt(pos[0] + 1);
        pos[0] += 2;
        switch (e) {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case '-', '\\', ']', '^': return e;
            case 'u': return hex(body, pos, 4);
            case 'x': return hex(body, pos, 2);
            default: return -1;
        }
    }

    /** {@code digits} hex digits at {@code pos[0]} as a char, advancing past them; -1 when malformed. */
    private static int hex(String body, int[] pos, int digits) {
        if (pos[0] + digits > body.length()) {
            return -1;
        }
        String hex = body.substring(pos[0], pos[0] + digits);
        for (char h : hex.toCharArray()) {
            if ("0123456789abcdefABCDEF".indexOf(h) < 0) {
                return -1;
            }
        }
        pos[0] += digits;
        return Integer.parseInt(hex, 16);
    }
}
