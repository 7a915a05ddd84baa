package org.appflowcontracts.validator.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a malformed UTF-32 document breaks. The JSON reader names the offending character only by its index in
 * its message ("Invalid UTF-32 character ... at char #31"), with no line and column; this works them out from the
 * bytes, so the problem is located like every other.
 */
final class Utf32Positions {

    private static final Pattern CHAR_INDEX = Pattern.compile("Invalid UTF-32 character .* at char #(\\d+)");

    private Utf32Positions() {
    }

    /** The position of the character a UTF-32 reader message names, or {@link Position#UNKNOWN}. */
    static Position ofMessage(byte[] content, String message) {
        Matcher m = message == null ? null : CHAR_INDEX.matcher(message);
        if (m == null || !m.find() || m.group(1).length() > 9) {
            return Position.UNKNOWN;
        }
        return ofCharacter(content, Integer.parseInt(m.group(1)));
    }

    /** The 1-based position of the 0-based {@code index}-th character after any byte order mark. */
    static Position ofCharacter(byte[] content, int index) {
        boolean bigEndian = isBigEndian(content);
        int start = hasByteOrderMark(content) ? 4 : 0;
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && start + 4 * i + 3 < content.length; i++) {
            int unit = unit(content, start + 4 * i, bigEndian);
            if (unit == '\n') {
                line++;
                column = 1;
            } else {
                // Columns count UTF-16 code units: a character outside the Basic Multilingual Plane counts two.
                column += unit > 0xFFFF ? 2 : 1;
            }
        }
        return new Position(line, column);
    }

    private static boolean hasByteOrderMark(byte[] c) {
        return c.length >= 4 && (unit(c, 0, true) == 0xFEFF || unit(c, 0, false) == 0xFEFF);
    }

    /** Big-endian unless a byte order mark or the first character (ASCII in any flow file) says otherwise. */
    private static boolean isBigEndian(byte[] c) {
        if (c.length < 4) {
            return true;
        }
        if (hasByteOrderMark(c)) {
            return unit(c, 0, true) == 0xFEFF;
        }
        return c[0] == 0;
    }

    private static int unit(byte[] c, int at, boolean bigEndian) {
        int b0 = c[at] & 0xFF;
        int b1 = c[at + 1] & 0xFF;
        int b2 = c[at + 2] & 0xFF;
        int b3 = c[at + 3] & 0xFF;
        return bigEndian ? (b0 << 24) | (b1 << 16) | (b2 << 8) | b3 : (b3 << 24) | (b2 << 16) | (b1 << 8) | b0;
    }
}
