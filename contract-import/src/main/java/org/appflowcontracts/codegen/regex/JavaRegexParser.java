package org.appflowcontracts.codegen.regex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses a model pattern with {@code java.util.regex} semantics (default flags) into a {@link RegexNode} tree.
 * Covers the constructs AWS models use; anything else fails with an {@link UnsupportedPatternException} naming
 * the construct and its offset, so a new model never produces a silently wrong schema.
 */
public final class JavaRegexParser {

    /** Java's {@code \s} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    public static final CodePointSet WHITESPACE = CodePointSet.ofChars(" \t\n\u000B\f\r");
    /** Java's {@code \w}: [a-zA-Z_0-9]. */
    public static final CodePointSet WORD = CodePointSet.range('a', 'z')
            .union(CodePointSet.range('A', 'Z'))
            .union(CodePointSet.range('0', '9'))
            .union(CodePointSet.of('_'));
    /** Java's {@code \d}: [0-9]. */
    public static final CodePointSet DIGIT = CodePointSet.range('0', '9');
    /** Java's line terminators (no UNIX_LINES): what {@code .} excludes and what {@code $} may stand before. */
    public static final CodePointSet LINE_TERMINATORS = CodePointSet.ofChars("\n\r\u0085\u2028\u2029");
    /** Java's {@code .} without DOTALL. */
    public static final CodePointSet DOT = LINE_TERMINATORS.complement();

    private final String pattern;
    private final Set<String> groupNames = new HashSet<>();
    private int pos;

    private JavaRegexParser(String pattern) {
        this.pattern = pattern;
    }

    public static RegexNode parse(String pattern) {
        JavaRegexParser parser = new JavaRegexParser(pattern);
        RegexNode node = parser.alternation();
        if (parser.pos < pattern.length()) {
            throw parser.unsupported("unbalanced ')'");
        }
        return node;
    }

    private RegexNode alternation() {
        List<RegexNode> branches = new ArrayList<>();
        branches.add(sequence());
        while (peek('|')) {
            pos++;
            branches.add(sequence());
        }
        return branches.size() == 1 ? branches.get(0) : new RegexNode.Alternation(branches);
    }

    private RegexNode sequence() {
        List<RegexNode> items = new ArrayList<>();
        while (pos < pattern.length() && !peek('|') && !peek(')')) {
            items.add(quantified(atom()));
        }
        return items.size() == 1 ? items.get(0) : new RegexNode.Sequence(items);
    }

    private RegexNode quantified(RegexNode atom) {
        if (pos >= pattern.length()) {
            return atom;
        }
        int min;
        int max;
        char c = pattern.charAt(pos);
        if (c == '*') {
            min = 0;
            max = -1;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = -1;
            pos++;
        } else if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '{') {
            int close = pattern.indexOf('}', pos);
            if (close < 0) {
                throw unsupported("unterminated '{'");
            }
            String body = pattern.substring(pos + 1, close);
            // Nine digits at most: larger counts overflow in java.util.regex and exceed any automaton bound anyway.
            if (!body.matches("[0-9]{1,9}(,[0-9]{0,9})?")) {
                throw unsupported("bad repetition '{" + body + "}'");
            }
            int comma = body.indexOf(',');
            min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
            max = comma < 0 ? min : comma == body.length() - 1 ? -1 : Integer.parseInt(body.substring(comma + 1));
            if (max >= 0 && max < min) {
                throw unsupported("illegal repetition range '{" + body + "}'");
            }
            pos = close + 1;
        } else {
            return atom;
        }
        if (atom instanceof RegexNode.StartAnchor || atom instanceof RegexNode.EndAnchor
                || atom instanceof RegexNode.Lookahead) {
            throw unsupported("quantified anchor or lookaround");
        }
        boolean lazy = false;
        if (peek('?')) {
            lazy = true;
            pos++;
        } else if (peek('+')) {
            throw unsupported("possessive quantifier");
        }
        // java.util.regex reads a second quantifier as applying to an empty atom (a{2}{3} is aa, a+{2} is a+) or
        // rejects it (a**); neither is a repetition of the first.
        if (pos < pattern.length() && "*+?{".indexOf(pattern.charAt(pos)) >= 0) {
            throw unsupported("quantifier after a quantifier");
        }
        return new RegexNode.Quantified(atom, min, max, lazy);
    }

    private RegexNode atom() {
        char c = pattern.charAt(pos);
        switch (c) {
            case '(':
                return group();
            case '[':
                return new RegexNode.CharSet(charClass());
            case '.':
                pos++;
                return new RegexNode.CharSet(DOT);
            case '^':
                pos++;
                return new RegexNode.StartAnchor();
            case '$':
                pos++;
                return new RegexNode.EndAnchor();
            case '\\':
                return escapeOutsideClass();
            case '*':
            case '+':
            case '?':
            case '{':
                throw unsupported("dangling quantifier '" + c + "'");
            default:
                int cp = pattern.codePointAt(pos);
                pos += Character.charCount(cp);
                return new RegexNode.CharSet(CodePointSet.of(cp));
        }
    }

    private RegexNode group() {
        pos++; // '('
        RegexNode result;
        if (pattern.startsWith("?:", pos)) {
            pos += 2;
            result = new RegexNode.Group(alternation());
        } else if (pattern.startsWith("?=", pos) || pattern.startsWith("?!", pos)) {
            boolean negative = pattern.charAt(pos + 1) == '!';
            pos += 2;
            result = new RegexNode.Lookahead(alternation(), negative);
        } else if (pattern.startsWith("?<", pos) && pos + 2 < pattern.length()
                && Character.isLetter(pattern.charAt(pos + 2))) {
            int close = pattern.indexOf('>', pos);
            // Java's group names: an ASCII letter, then ASCII letters and digits, each name once.
            if (close < 0 || !pattern.substring(pos + 2, close).matches("[a-zA-Z][a-zA-Z0-9]*")
                    || !groupNames.add(pattern.substring(pos + 2, close))) {
                throw unsupported("bad or repeated group name");
            }
            pos = close + 1;
            result = new RegexNode.Group(alternation());
        } else if (peek('?')) {
            throw unsupported("group construct '(?" + (pos + 1 < pattern.length() ? pattern.charAt(pos + 1) : "") + "'"
                    + " (lookbehind, inline flags, atomic groups are not supported)");
        } else {
            result = new RegexNode.Group(alternation());
        }
        if (!peek(')')) {
            throw unsupported("missing ')'");
        }
        pos++;
        return result;
    }

    private RegexNode escapeOutsideClass() {
        int start = pos;
        pos++; // '\'
        if (pos >= pattern.length()) {
            throw unsupported("trailing backslash");
        }
        char c = pattern.charAt(pos);
        CodePointSet predefined = predefinedClass(c);
        if (predefined != null) {
            pos++;
            return new RegexNode.CharSet(predefined);
        }
        pos = start;
        return new RegexNode.CharSet(CodePointSet.of(escapedCodePoint()));
    }

    /** Parses {@code [...]} with Java's rules (union of members; ranges; leading {@code ^} negates). */
    private CodePointSet charClass() {
        int start = pos;
        pos++; // '['
        boolean negated = false;
        if (peek('^')) {
            negated = true;
            pos++;
        }
        if (peek(']')) {
            throw unsupported("']' right after '[' is read differently by ECMA-262");
        }
        CodePointSet set = CodePointSet.EMPTY;
        while (true) {
            if (pos >= pattern.length()) {
                pos = start;
                throw unsupported("unterminated character class");
            }
            char c = pattern.charAt(pos);
            if (c == ']') {
                pos++;
                break;
            }
            if (c == '[' || pattern.startsWith("&&", pos)) {
                throw unsupported("nested class or class intersection");
            }
            if (c == '\\' && pos + 1 < pattern.length() && predefinedClass(pattern.charAt(pos + 1)) != null) {
                set = set.union(predefinedClass(pattern.charAt(pos + 1)));
                pos += 2;
                if (peek('-') && pos + 1 < pattern.length() && pattern.charAt(pos + 1) != ']') {
                    throw unsupported("range starting at a predefined class");
                }
                continue;
            }
            int first = classMember();
            if (peek('-') && pos + 1 < pattern.length() && pattern.charAt(pos + 1) != ']') {
                pos++; // '-'
                if (pattern.charAt(pos) == '\\' && pos + 1 < pattern.length()
                        && predefinedClass(pattern.charAt(pos + 1)) != null) {
                    throw unsupported("range ending at a predefined class");
                }
                if (pattern.charAt(pos) == '[') {
                    throw unsupported("range ending at a nested class");
                }
                int last = classMember();
                if (last < first) {
                    throw unsupported("illegal character range");
                }
                set = set.union(CodePointSet.range(first, last));
            } else {
                set = set.union(CodePointSet.of(first));
            }
        }
        return negated ? set.complement() : set;
    }

    private int classMember() {
        if (peek('\\')) {
            return escapedCodePoint();
        }
        int cp = pattern.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }

    /** Reads an escape denoting one code point; Java joins {@code \\uHHHH\\uLLLL} surrogate escapes into one. */
    private int escapedCodePoint() {
        pos++; // '\'
        if (pos >= pattern.length()) {
            throw unsupported("trailing backslash");
        }
        // The escaped character is a code point: '\\' before a supplementary character escapes the whole pair.
        int c = pattern.codePointAt(pos);
        pos += Character.charCount(c);
        switch (c) {
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 'f':
                return '\f';
            case 'a':
                return 0x07;
            case 'e':
                return 0x1B;
            case 'x':
                if (peek('{')) {
                    int close = pattern.indexOf('}', pos);
                    if (close < 0) {
                        throw unsupported("unterminated \\x{");
                    }
                    int cp = hex(pattern.substring(pos + 1, close));
                    pos = close + 1;
                    return cp;
                }
                return hexDigits(2);
            case 'u':
                int unit = hexDigits(4);
                if (Character.isHighSurrogate((char) unit) && pattern.startsWith("\\u", pos)) {
                    int save = pos;
                    pos += 2;
                    int low = hexDigits(4);
                    if (Character.isLowSurrogate((char) low)) {
                        return Character.toCodePoint((char) unit, (char) low);
                    }
                    pos = save;
                }
                return unit;
            case '0':
                int value = 0;
                int digits = 0;
                while (digits < 3 && pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '7'
                        && value * 8 + (pattern.charAt(pos) - '0') <= 0377) {
                    value = value * 8 + (pattern.charAt(pos++) - '0');
                    digits++;
                }
                if (digits == 0) {
                    throw unsupported("bad octal escape");
                }
                return value;
            default:
                if (Character.isLetterOrDigit(c)) {
                    pos -= 1 + Character.charCount(c);
                    throw unsupported("escape '\\" + Character.toString(c) + "'");
                }
                return c;
        }
    }

    private int hexDigits(int count) {
        if (pos + count > pattern.length()) {
            throw unsupported("short hexadecimal escape");
        }
        int value = hex(pattern.substring(pos, pos + count));
        pos += count;
        return value;
    }

    private int hex(String digits) {
        if (digits.isEmpty() || !digits.matches("[0-9a-fA-F]+") || digits.length() > 6) {
            throw unsupported("bad hexadecimal escape '" + digits + "'");
        }
        int value = Integer.parseInt(digits, 16);
        if (value > CodePointSet.MAX_CODE_POINT) {
            throw unsupported("code point out of range");
        }
        return value;
    }

    private static CodePointSet predefinedClass(char c) {
        switch (c) {
            case 's':
                return WHITESPACE;
            case 'S':
                return WHITESPACE.complement();
            case 'w':
                return WORD;
            case 'W':
                return WORD.complement();
            case 'd':
                return DIGIT;
            case 'D':
                return DIGIT.complement();
            default:
                return null;
        }
    }

    private boolean peek(char c) {
        return pos < pattern.length() && pattern.charAt(pos) == c;
    }

    private UnsupportedPatternException unsupported(String what) {
        return new UnsupportedPatternException(pattern, pos, what);
    }
}
