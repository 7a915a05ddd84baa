package org.appflowcontracts.validator.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads documents without trusting the size a file claims: devices and pipes report 0 bytes and never end
 * ({@code /dev/zero}), so at most one byte more than {@link InputLimits#MAX_DOCUMENT_BYTES} is ever read.
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    /** The file's bytes; a result longer than the limit means the file is too large (its rest is not read). */
    public static byte[] readBounded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readBounded(in);
        }
    }

    /** The stream's bytes up to one more than the limit. */
    public static byte[] readBounded(InputStream in) throws IOException {
        return in.readNBytes(InputLimits.MAX_DOCUMENT_BYTES + 1);
    }

    /** Whether bytes read by {@link #readBounded} were cut at the limit. */
    public static boolean tooLarge(byte[] content) {
        return content.length > InputLimits.MAX_DOCUMENT_BYTES;
    }

    /** The reason in a few words, without the path the caller prints anyway. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }

    public static String tooLargeMessage() {
        return "document is larger than " + InputLimits.MAX_DOCUMENT_BYTES + " bytes ("
                + (InputLimits.MAX_DOCUMENT_BYTES >> 20) + " MiB), the size limit; nothing past it is read";
    }
}
