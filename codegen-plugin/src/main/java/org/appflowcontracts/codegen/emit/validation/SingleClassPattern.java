package org.appflowcontracts.codegen.emit.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pattern of the exact shape {@code ^(?:[CLASS]*)$(?![\n\r\u0085\u2028\u2029])} (or with {@code +}): the whole
 * string must consist of characters of one class. Such a pattern is checked by a loop over the string's UTF-16
 * chars instead of a regex. Recognition is strict; any other text keeps the regex. The class must contain either
 * all surrogates or none, so that a per-char check agrees with the regex's per-code-point check.
 *
 * @param ranges sorted, disjoint, non-adjacent inclusive char ranges as {@code lo0, hi0, lo1, hi1, ...}, with any
 *               negation already applied
 * @param nonEmpty whether the quantifier is {@code +}
 */
record SingleClassPattern(char[] ranges, boolean nonEmpty) {

    private static final String PREFIX = "^(?:[";
    private static final String SUFFIX = ")$(?![\\n\\r\\u0085\\u2028\\u2029])";

    static Optional<SingleClassPattern> recognise(String regex) {
        if (!regex.startsWith(PREFIX) || !regex.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String middle = regex.substring(PREFIX.length(), regex.length() - SUFFIX.length());
        if (middle.length() < 3 || middle.charAt(middle.length() - 2) != ']') {
            return Optional.empty();
        }
        char quantifier = middle.charAt(middle.length() - 1);
        if (quantifier != '*' && quantifier != '+') {
            return Optional.empty();
        }
        return parseClass(middle.substring(0, middle.length() - 2))
                .filter(SingleClassPattern::surrogatesAllOrNone)
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
            if (pos[0] < body.length() && body.charAt(pos[0]) == '-') {
                pos[0]++;
                if (pos[0] >= body.length()) {
                    return Optional.empty();
                }
                hi = atom(body, pos);
                if (hi < lo) {
                    return Optional.empty();
                }
                if (pos[0] < body.length() && body.charAt(pos[0]) == '-') {
                    return Optional.empty();
                }
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
            case 'u':
                if (pos[0] + 4 > body.length()) {
                    return -1;
                }
                String hex = body.substring(pos[0], pos[0] + 4);
                for (char h : hex.toCharArray()) {
                    if ("0123456789abcdefABCDEF".indexOf(h) < 0) {
                        return -1;
                    }
                }
                pos[0] += 4;
                return Integer.parseInt(hex, 16);
            default: return -1;
        }
    }

    private static boolean surrogatesAllOrNone(char[] ranges) {
        int inside = 0;
        for (int r = 0; r < ranges.length; r += 2) {
            int lo = Math.max(ranges[r], 0xD800);
            int hi = Math.min(ranges[r + 1], 0xDFFF);
            if (lo <= hi) {
                inside += hi - lo + 1;
            }
        }
        return inside == 0 || inside == 0x800;
    }
}
