package org.appflowcontracts.validator.parse.hcl;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.parse.Position;

/** Source text, positions and literal decoding of HCL tokens. */
final class HclText {

    /** Longest expression text kept as the origin of an unknown value. */
    private static final int MAX_ORIGIN_LENGTH = 120;

    private HclText() {
    }

    /** 1-based position of a token (ANTLR columns start at 0). */
    static Position at(Token token) {
        return new Position(token.getLine(), token.getCharPositionInLine() + 1);
    }

    static Position at(ParserRuleContext context) {
        return at(context.getStart());
    }

    /** The expression as written, on one line and shortened, to say where an unknown value comes from. */
    static String origin(ParserRuleContext context) {
        String text = context.getStart().getInputStream()
                .getText(Interval.of(context.getStart().getStartIndex(), context.getStop().getStopIndex()));
        String oneLine = oneLine(text.strip());
        return oneLine.length() <= MAX_ORIGIN_LENGTH ? oneLine : oneLine.substring(0, MAX_ORIGIN_LENGTH) + "...";
    }

    /**
     * Each run of whitespace ({@code \\s}: space, tab, line break, form feed, vertical tab) as one space; a loop, not
     * a regular expression, whose engine a first unknown value of a run would otherwise set up.
     */
    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString();
    }

    /**
     * The characters a quoted-string part stands for: HCL escapes ({@code \n \r \t \" \\ \\uNNNN \\UNNNNNNNN}) and
     * the template escapes {@code $${} and {@code %%{} resolved.
     */
    static String unescape(Token literal) throws InputException {
        String raw = literal.getText();
        if (raw.indexOf('\\') < 0 && raw.indexOf('$') < 0 && raw.indexOf('%') < 0) {
            return raw; // nothing to decode: the usual name or value
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                i = escape(raw, i + 1, out, literal);
            } else if ((c == '$' || c == '%') && raw.startsWith(c + "" + c + "{", i)) {
                out.append(c);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Decodes the escape whose letter is at {@code i}; returns the index of its last character. */
    private static int escape(String raw, int i, StringBuilder out, Token literal) throws InputException {
        char kind = raw.charAt(i);
        switch (kind) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case '"', '\\' -> out.append(kind);
            case 'u', 'U' -> {
                int digits = kind == 'u' ? 4 : 8;
                if (i + digits >= raw.length()) {
                    throw badEscape(literal);
                }
                try {
                    out.appendCodePoint(Integer.parseInt(raw.substring(i + 1, i + 1 + digits), 16));
                } catch (IllegalArgumentException e) {
                    throw badEscape(literal);
                }
                return i + digits;
            }
            default -> throw badEscape(literal);
        }
        return i;
    }

    private static InputException badEscape(Token literal) {
        Position at = at(literal);
        return new InputException("malformed HCL: invalid escape sequence in string", at.line(), at.column(), null);
    }
}
