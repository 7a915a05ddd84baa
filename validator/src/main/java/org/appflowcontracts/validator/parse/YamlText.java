package org.appflowcontracts.validator.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.appflowcontracts.validator.InputException;

/**
 * The text of a YAML document, decoded before the YAML reader sees it. The reader reports encoding problems
 * without a usable position, so decoding happens here: UTF-8 by default, UTF-16 or UTF-32 when a byte order mark
 * says so (YAML allows all three), and any byte that is not valid in the encoding is a located error.
 *
 * <p>The reader also slows down quadratically on a single run of millions of characters without a space or a
 * line break; such a run is longer than any value the limits allow, so it is refused here, where it starts.
 */
final class YamlText {

    private YamlText() {
    }

    /** The decoded text, without its byte order mark. */
    static String decode(byte[] content) throws InputException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(content, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = Charset.forName("UTF-32BE");
            skip = 4;
        } else if (startsWith(content, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = Charset.forName("UTF-32LE");
            skip = 4;
        } else if (startsWith(content, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(content, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (content.length >= 2 && (content[0] == 0 || content[1] == 0)) {
            // A NUL is never valid YAML text; at the very start it is the other half of a UTF-16/32 character.
            throw new InputException("the file looks like UTF-16 or UTF-32 without a byte order mark; save it as"
                    + " UTF-8", 1, 1, null);
        }
        String ascii = charset == StandardCharsets.UTF_8 ? AsciiText.orNull(content, skip) : null;
        if (ascii != null) {
            return ascii;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, skip, content.length - skip);
        int capacity = (int) Math.ceil((content.length - skip) * (double) decoder.maxCharsPerByte()) + 1;
        CharBuffer out = CharBuffer.allocate(capacity);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String text = out.flip().toString();
            Position at = positionAfter(text);
            int bad = content[in.position()] & 0xFF;
            // Also a lead byte whose continuation is missing: a Latin-1 'é' (0xE9) followed by an ASCII letter.
            throw new InputException(String.format("the file is not valid %s: byte 0x%02X does not begin a complete"
                    + " character here; save the file as UTF-8", charset.name(), bad), at.line(), at.column(), null);
        }
        // With the end of input announced above, a sequence cut short by the end of the file is already reported
        // as malformed; flushing these decoders adds nothing and cannot fail.
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Refuses a run of more than {@code limit} characters without a space or a line break. */
    static void checkLongestRun(String text, int limit) throws InputException {
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                runStart = i + 1;
            } else if (i - runStart >= limit) {
                Position at = positionAfter(text.substring(0, runStart));
                throw new InputException("a word of more than " + limit + " characters (with no space or line break)"
                        + " starts here; no value may be that long", at.line(), at.column(), null);
            }
        }
    }

    /**
     * The 1-based position of the code point with the given 0-based index, its column counted in code points as
     * the YAML reader counts them (the parser turns every YAML column into UTF-16 code units at once).
     */
    static Position positionOfCodePoint(String text, int codePointIndex) {
        int charIndex;
        try {
            charIndex = text.offsetByCodePoints(0, Math.max(0, codePointIndex));
        } catch (IndexOutOfBoundsException e) {
            charIndex = text.length();
        }
        Position at = positionAfter(text.substring(0, charIndex));
        int lineStart = charIndex - (at.column() - 1);
        return new Position(at.line(), text.codePointCount(lineStart, charIndex) + 1);
    }

    /**
     * Where the character after {@code prefix} stands, its column in UTF-16 code units: lines end at LF, CR LF or
     * a lone CR.
     */
    private static Position positionAfter(String prefix) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == prefix.length() || prefix.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, prefix.length() - lineStart + 1);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
