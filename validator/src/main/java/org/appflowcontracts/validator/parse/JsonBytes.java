package org.appflowcontracts.validator.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** What the located parser needs to know of raw JSON bytes before choosing how to read them. */
final class JsonBytes {

    private JsonBytes() {
    }

    /**
     * UTF-8 JSON as text, so that its columns count characters as YAML's do (the byte reader counts bytes); null
     * for other encodings and for bytes that are not UTF-8, which the byte reader then reports where they are.
     */
    static String utf8TextOrNull(byte[] content) {
        int skip = startsWithUtf8Bom(content) ? 3 : 0;
        if (skip == 0 && content.length >= 2 && (content[0] == 0 || content[1] == 0)) {
            return null;
        }
        String ascii = AsciiText.orNull(content, skip);
        if (ascii != null) {
            return ascii;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, skip, content.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean startsWithUtf8Bom(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    static boolean isJsonWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    static boolean isBlank(byte[] content) {
        int i = startsWithUtf8Bom(content) ? 3 : 0;
        for (; i < content.length; i++) {
            if (!isJsonWhitespace(content[i])) {
                return false;
            }
        }
        return true;
    }
}
