package org.appflowcontracts.schemas;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.jcodings.specific.UTF8Encoding;
import org.joni.Matcher;
import org.joni.Option;
import org.joni.Regex;
import org.joni.Syntax;

/**
 * An ECMA-262 regular expression engine for tests: joni (the Java port of Oniguruma used by JRuby) with its
 * {@code Syntax.ECMAScript} grammar, run with search semantics (like {@code RegExp.prototype.test}).
 *
 * <p>By default it models ECMA-262 <em>without</em> the {@code u} flag, where pattern and input are sequences of
 * UTF-16 code units:
 * <ul>
 *   <li>every UTF-16 code unit of pattern and input becomes one character (so a surrogate pair is two);</li>
 *   <li>joni refuses unpaired surrogate code points, so surrogate code units U+D800..U+DFFF are relabelled to
 *       U+F0000..U+F07FF in both pattern and input (no input code unit is ever that large, so the relabelling
 *       is a bijection and every class and range keeps its members);</li>
 *   <li>{@code Option.SINGLELINE} makes {@code ^} mean start of input, as in ECMA-262 without the {@code m}
 *       flag (joni's ECMAScript grammar otherwise reads {@code ^}/{@code $} as line anchors, Ruby style);
 *       its {@code $} then also matches before a final {@code \n}, which our emitted end guard excludes.</li>
 * </ul>
 * {@link #unicode(String)} models the {@code u} flag instead (as JSON Schema validators such as Ajv use it): a
 * surrogate pair of the input is one character (its code point), unpaired surrogates get the same stand-ins.
 * Inputs must not contain the stand-in range itself.
 */
final class EcmaRegex {

    private static final int SURROGATE_FIRST = 0xD800;
    private static final int SURROGATE_LAST = 0xDFFF;
    private static final int STAND_IN_BASE = 0xF0000;

    private final Regex regex;
    private final boolean unicode;

    EcmaRegex(String pattern) {
        this(pattern, false);
    }

    private EcmaRegex(String pattern, boolean unicode) {
        byte[] bytes = units(relabelPattern(pattern));
        this.regex = new Regex(bytes, 0, bytes.length, Option.SINGLELINE, UTF8Encoding.INSTANCE, Syntax.ECMAScript);
        this.unicode = unicode;
    }

    /** The engine with the {@code u} flag's reading of the input (code points). */
    static EcmaRegex unicode(String pattern) {
        return new EcmaRegex(pattern, true);
    }

    /** {@code new RegExp(pattern).test(input)} (with {@code "u"} for {@link #unicode(String)}). */
    boolean test(String input) {
        if (input.codePoints().anyMatch(cp -> cp >= STAND_IN_BASE && cp <= STAND_IN_BASE + 0x7FF)) {
            throw new IllegalArgumentException("input uses the surrogate stand-in range");
        }
        byte[] bytes = units(unicode ? relabelCodePoints(input) : relabelInput(input));
        Matcher matcher = regex.matcher(bytes);
        return matcher.search(0, bytes.length, Option.NONE) >= 0;
    }

    private static int relabel(int unit) {
        return unit >= SURROGATE_FIRST && unit <= SURROGATE_LAST ? STAND_IN_BASE + unit - SURROGATE_FIRST : unit;
    }

    /** Code points; unpaired surrogates (which {@code codePoints()} yields alone) become stand-ins. */
    private static int[] relabelCodePoints(String input) {
        return input.codePoints().map(EcmaRegex::relabel).toArray();
    }

    private static int[] relabelInput(String input) {
        int[] out = new int[input.length()];
        for (int i = 0; i < input.length(); i++) {
            out[i] = relabel(input.charAt(i));
        }
        return out;
    }

    /**
     * Rewrites {@code \\uHHHH} escapes of surrogate code units to the stand-ins, splitting any class range that
     * crosses the surrogate block. Other syntax is copied unchanged.
     */
    static int[] relabelPattern(String pattern) {
        IntList out = new IntList();
        int i = 0;
        boolean inClass = false;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                int[] escape = readEscape(pattern, i);
                int end = escape[1];
                if (escape[0] >= 0 && inClass && end + 1 < pattern.length() && pattern.charAt(end) == '-'
                        && pattern.charAt(end + 1) != ']') {
                    int[] upper = readMember(pattern, end + 1);
                    appendRange(out, escape[0], upper[0]);
                    i = upper[1];
                } else if (escape[0] >= SURROGATE_FIRST && escape[0] <= SURROGATE_LAST) {
                    out.add(relabel(escape[0]));
                    i = end;
                } else {
                    for (int k = i; k < end; k++) {
                        out.add(pattern.charAt(k));
                    }
                    i = end;
                }
                continue;
            }
            if (inClass && c != ']' && i + 2 < pattern.length() && pattern.charAt(i + 1) == '-'
                    && pattern.charAt(i + 2) != ']') {
                int[] upper = readMember(pattern, i + 2);
                appendRange(out, c, upper[0]);
                i = upper[1];
                continue;
            }
            if (c == '[' && !inClass) {
                inClass = true;
                out.add(c);
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') {
                    out.add('^');
                    i++;
                }
            } else if (c == ']' && inClass) {
                inClass = false;
                out.add(c);
            } else {
                out.add(c);
            }
            i++;
        }
        return out.toArray();
    }

    private static void appendRange(IntList out, int first, int last) {
        if (first > last) {
            throw new IllegalArgumentException("bad range " + first + "-" + last);
        }
        int[][] pieces = {
                {first, Math.min(last, SURROGATE_FIRST - 1)},
                {Math.max(first, SURROGATE_FIRST), Math.min(last, SURROGATE_LAST)},
                {Math.max(first, SURROGATE_LAST + 1), last}};
        for (int[] piece : pieces) {
            if (piece[0] <= piece[1]) {
                appendMember(out, relabel(piece[0]));
                if (piece[1] > piece[0]) {
                    out.add('-');
                    appendMember(out, relabel(piece[1]));
                }
            }
        }
    }

    /** Writes a class member as a literal the engine reads back unchanged. */
    private static void appendMember(IntList out, int codePoint) {
        if (codePoint < 0x20 || codePoint == 0x7F || (codePoint >= 0x80 && codePoint <= 0xFFFF)) {
            for (char ch : String.format("\\u%04X", codePoint).toCharArray()) {
                out.add(ch);
            }
        } else if ("\\]-[^".indexOf(codePoint) >= 0) {
            out.add('\\');
            out.add(codePoint);
        } else {
            out.add(codePoint);
        }
    }

    /** A class member at {@code i}: {value, index after it}. */
    private static int[] readMember(String pattern, int i) {
        if (pattern.charAt(i) == '\\') {
            int[] escape = readEscape(pattern, i);
            if (escape[0] < 0) {
                throw new IllegalArgumentException("class range ends in a class escape at " + i + " of " + pattern);
            }
            return escape;
        }
        return new int[] {pattern.charAt(i), i + 1};
    }

    /** An escape at {@code i}: {code unit or -1 for a class escape like \d, index after it}. */
    private static int[] readEscape(String pattern, int i) {
        char c = pattern.charAt(i + 1);
        switch (c) {
            case 'u':
                return new int[] {Integer.parseInt(pattern.substring(i + 2, i + 6), 16), i + 6};
            case 'x':
                return new int[] {Integer.parseInt(pattern.substring(i + 2, i + 4), 16), i + 4};
            case 't':
                return new int[] {'\t', i + 2};
            case 'n':
                return new int[] {'\n', i + 2};
            case 'r':
                return new int[] {'\r', i + 2};
            case 'f':
                return new int[] {'\f', i + 2};
            case 'v':
                return new int[] {0x0B, i + 2};
            default:
                if (Character.isLetterOrDigit(c)) {
                    return new int[] {-1, i + 2};
                }
                return new int[] {c, i + 2};
        }
    }

    /** Each element (code unit or stand-in) as its own UTF-8 sequence. */
    private static byte[] units(int[] elements) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int element : elements) {
            out.writeBytes(new String(Character.toChars(element)).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static final class IntList {
        private int[] data = new int[64];
        private int size;

        void add(int value) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
