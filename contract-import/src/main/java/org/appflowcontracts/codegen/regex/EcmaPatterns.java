package org.appflowcontracts.codegen.regex;

/**
 * Schemas' patterns are ECMA-262 regular expressions, compiled as Java ones. The two differ on a bare {@code $}:
 * ECMA-262 (without the multiline flag) means the end of the input, Java also lets it match before a final line
 * terminator ({@code "5\n"} would match {@code ^[0-9]$}). Every bare {@code $} is therefore written as
 * {@code $(?![\s\S])}, the spelling of "end of input" the automaton compiler knows; the reference engine
 * (networknt) makes the same change.
 */
public final class EcmaPatterns {

    static final String END_OF_INPUT = "$(?![\\s\\S])";

    private EcmaPatterns() {}

    /** The Java pattern with the ECMA-262 meaning of {@code pattern}. */
    public static String toJava(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int classDepth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                if (pattern.charAt(i + 1) == 'Q') {
                    int end = pattern.indexOf("\\E", i + 2);
                    int stop = end < 0 ? pattern.length() : end + 2;
                    out.append(pattern, i, stop);
                    i = stop - 1;
                } else {
                    out.append(c).append(pattern.charAt(++i));
                }
                continue;
            }
            if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (c == '$' && classDepth == 0 && !pattern.startsWith("(?!", i + 1)) {
                out.append(END_OF_INPUT);
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
