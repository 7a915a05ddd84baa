package org.appflowcontracts.validator.parse;

import java.nio.charset.StandardCharsets;

/**
 * Most files people commit are plain ASCII, in which every byte is its own character in UTF-8: their text is a
 * copy of the bytes, without a decoder, its buffers and its per-character checks. Other content is left to the
 * strict decoders of each reader, which locate a byte that is not valid.
 */
public final class AsciiText {

    private AsciiText() {
    }

    /** The text of {@code content} from {@code from} on when every byte is ASCII, else null. */
    public static String orNull(byte[] content, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] < 0) {
                return null;
            }
        }
        return new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
    }
}
