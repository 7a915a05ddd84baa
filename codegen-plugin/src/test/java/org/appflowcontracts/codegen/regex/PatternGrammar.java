package org.appflowcontracts.codegen.regex;

import java.util.Random;

/** Random patterns from a small grammar; the pieces are chosen to hit the rules where Java is particular. */
final class PatternGrammar {

    private static final String PAIR = "\uD83D\uDE00";
    private static final String[] LITERALS = {"a", "a", "b", "b", "x", "-", "\\.", "\\n", "\\r", "\\u0085",
        "\\u2028", "\\u2029", "\\t", " ", "]", "}", "\\}", "\\\\", "\\0141", "\\0400", "\\e", "\\f", "\\x62",
        "\\u00e9", "\u00e9", PAIR, "\\x{1F600}", "\\uD83D\\uDE00", "\\uD83D", "\\uDE00", "\\x{DC00}", "\\x{D800}",
        "\\uDBFF", "\\" + PAIR, "\uD800", "\uDC00", "\\x{10FFFF}"};
    private static final String[] CLASSES = {"[ab]", "[^a]", "[a-c]", "[\\s\\S]", "[\\uD800-\\uDBFF]",
        "[\\uDC00-\\uDFFF]", "[^\\u0000-\\uFFFF]", "[\\x{10000}-\\x{10FFFF}]", "[\\u0000-\\uFFFF]",
        "[" + PAIR + "-\uD83D\uDE02]", "[^" + PAIR + "]", "[\\n\\r\\u0085\\u2028\\u2029]", "[^\\n]", "[a-z-]",
        "[\\w.-]", "[-a]", "[a-]", "[a\\-c]", "[\\--/]", "[\\0141-\\0143]", "[a&b]", "[\\x{1F600}-\\x{1F602}]",
        "[\\uD83D\\uDE00b]", "[\\uD83D-\\uDE00]", "[\\x{DC00}x]", "[^\\uDC00-\\uDFFF]", "[\\\\\\]]",
        "[^\\s]", "[\\d\\u2028]", ".", ".", "\\s", "\\S", "\\w", "\\W", "\\d", "\\D", "[^ab" + PAIR + "]"};
    private static final String[] QUANTIFIERS = {"?", "*", "+", "{0}", "{1}", "{2}", "{0,1}", "{1,3}", "{2,}",
        "{0,}", "??", "*?", "+?", "{1,2}?", "{2,3}"};
    /** Stacked, possessive and malformed quantifiers: refused by the automaton compiler or by Java. */
    private static final String[] ODD_QUANTIFIERS = {"{2}{2}", "+{2}", "?{0}", "*?{2}", "**", "?+", "{3,1}",
        "*{1}"};

    private final Random random;
    /**
     * Literal runs only: without classes java.util.regex may search char by char instead of by code point,
     * which is where a match can start inside a surrogate pair.
     */
    private final boolean literalsOnly;

    PatternGrammar(Random random) {
        this.random = random;
        this.literalsOnly = random.nextInt(5) == 0;
    }

    String pattern() {
        boolean start = random.nextInt(2) == 0;
        int endKind = random.nextInt(8);
        String end = switch (endKind) {
            case 0, 1 -> DfaSemanticsTest.END;
            case 2 -> DfaSemanticsTest.END_TERMINATORS;
            case 3 -> "$(?!(?:[\\s\\S]))";
            case 4 -> random.nextInt(3) == 0 ? "$" : "$(?![\\n\\r\\u0085\\u2028\\u2029\\uD800])";
            default -> "";
        };
        String body = alternation(3);
        int redundant = random.nextInt(6);
        if (start && redundant == 0) {
            body = "(?:^" + sequence(2) + "|^" + sequence(2) + ")" + body;
        } else if (!end.isEmpty() && redundant == 1) {
            body = body + "(?:" + sequence(2) + "$|" + sequence(2) + DfaSemanticsTest.END + ")";
        }
        return (start ? "^" : "") + body + end;
    }

    private String alternation(int depth) {
        StringBuilder b = new StringBuilder(sequence(depth));
        while (random.nextInt(4) == 0) {
            b.append('|').append(sequence(depth));
        }
        return b.toString();
    }

    private String sequence(int depth) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(5); n > 0; n--) {
            b.append(item(depth));
        }
        return b.toString();
    }

    private String item(int depth) {
        String atom;
        int kind = random.nextInt(20);
        if (kind < 8 || literalsOnly && kind < 15) {
            atom = LITERALS[random.nextInt(LITERALS.length)];
        } else if (kind < 15) {
            atom = CLASSES[random.nextInt(CLASSES.length)];
        } else if (kind < 19 && depth > 0) {
            String[] opens = {"(", "(?:", "(?<g" + random.nextInt(1_000_000) + ">"};
            atom = opens[random.nextInt(opens.length)] + alternation(depth - 1) + ")";
        } else {
            atom = random.nextInt(4) > 0 ? "a" : random.nextInt(2) == 0 ? "^" : "$";
        }
        if (random.nextInt(3) == 0) {
            atom += random.nextInt(10) == 0 ? ODD_QUANTIFIERS[random.nextInt(ODD_QUANTIFIERS.length)]
                    : QUANTIFIERS[random.nextInt(QUANTIFIERS.length)];
        }
        return atom;
    }
}
