package org.appflowcontracts.validator.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The last line and the widest column a position in a document can have, whatever encoding the reader detected
 * and whatever unit its columns count (bytes, UTF-16 units or characters): the largest figure over every
 * decoding the readers accept. A position outside these bounds points at no place of the document.
 */
record DocumentBounds(int lastLine, int lastColumn) {

    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE, Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"));

    static DocumentBounds of(byte[] content) {
        int lines = 1 + lineBreaks(content);
        int columns = 1 + longestByteLine(content);
        for (Charset encoding : ENCODINGS) {
            String text = decode(content, encoding);
            lines = Math.max(lines, 1 + lineBreaks(text));
            columns = Math.max(columns, 1 + longestLine(text));
        }
        return new DocumentBounds(lines, columns);
    }

    /** Whether {@code line:column} is a place in the document (1-based). */
    boolean contains(long line, long column) {
        return line >= 1 && line <= lastLine && column >= 1 && column <= lastColumn;
    }

    /** Fails unless {@code line:column} is a place in the document. */
    void requireInside(long line, long column, String what) {
        if (!contains(line, column)) {
            throw new AssertionError(what + " at " + line + ":" + column + " is outside the document (last line "
                    + lastLine + ", widest column " + lastColumn + ")");
        }
    }

    private static String decode(byte[] content, Charset encoding) {
        try {
            return encoding.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(content)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return "";
        }
    }

    private static int lineBreaks(byte[] content) {
        int breaks = 0;
        for (byte b : content) {
            if (b == '\n' || b == '\r') {
                breaks++;
            }
        }
        return breaks;
    }

    private static int longestByteLine(byte[] content) {
        int longest = 0;
        int current = 0;
        for (byte b : content) {
            current = b == '\n' || b == '\r' ? 0 : current + 1;
            longest = Math.max(longest, current);
        }
        return longest;
    }

    // Every break a YAML or JSON reader may count as one: \n, \r, NEL, LINE and PARAGRAPH SEPARATOR.
    private static int lineBreaks(String text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                breaks++;
            }
        }
        return breaks;
    }

    // Columns restart only at \n and \r in every reader; a wider line bounds the column in any unit.
    private static int longestLine(String text) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            current = c == '\n' || c == '\r' ? 0 : current + 1;
            longest = Math.max(longest, current);
        }
        return longest;
    }
}
