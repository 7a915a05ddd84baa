package org.appflowcontracts.validator.text;

/**
 * ASCII character classes, for the hand-written scans that read names, tokens and keys where a regular
 * expression would set up the regex engine on a run's first finding.
 */
public final class AsciiCharacters {

    private AsciiCharacters() {
    }

    /** {@code [A-Z]} */
    public static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    /** {@code [A-Za-z]} */
    public static boolean isLetter(int c) {
        return isUpper(c) || c >= 'a' && c <= 'z';
    }

    /** {@code [0-9]} */
    public static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** {@code [A-Za-z0-9_]}: a character of a Java regular expression's {@code \w}. */
    public static boolean isWord(int c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }
}
