package org.appflowcontracts.validator.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.appflowcontracts.validator.InputException;

/**
 * Reads documents without trusting the size a file claims: at most one byte more than
 * {@link InputLimits#MAX_DOCUMENT_BYTES} is ever read. A path must name a regular file (or a link to one): a named
 * pipe with no writer would block the run for ever, and devices never end ({@code /dev/zero}); standard input is
 * read with {@link #readBounded(InputStream)} instead.
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    /** The file's bytes; a result longer than the limit means the file is too large (its rest is not read). */
    public static byte[] readBounded(Path file) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new NotARegularFileException(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readBounded(in);
        }
    }

    /** The stream's bytes up to one more than the limit. */
    public static byte[] readBounded(InputStream in) throws IOException {
        return in.readNBytes(InputLimits.MAX_DOCUMENT_BYTES + 1);
    }

    /** Whether bytes read by {@link #readBounded} were cut at the limit. */
    /**
     * A file's content for validation, an unreadable file reported as an input problem; a file cut at the size
     * limit is left to the parser, which refuses it with the message an oversized array gets.
     */
    public static byte[] readForValidation(Path file) throws InputException {
        try {
            return readBounded(file);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + describe(e), 0, 0,
                    e);
        }
    }

    /** The name a file is known by in messages and syntax detection: its last path element. */
    public static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

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
        if (e instanceof NotARegularFileException) {
            return e.getMessage();
        }
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }

    /** A directory, named pipe, socket or device where a document was expected. */
    static final class NotARegularFileException extends IOException {

        private static final long serialVersionUID = 1L;

        NotARegularFileException(Path file) {
            super(Files.isDirectory(file)
                    ? "is a directory holding no *.json, *.yaml, *.yml or *.tf file to check"
                    : "not a regular file (a named pipe, socket or device); give a file, or '-' for standard input");
        }
    }

    public static String tooLargeMessage() {
        return "document is larger than " + InputLimits.MAX_DOCUMENT_BYTES + " bytes ("
                + (InputLimits.MAX_DOCUMENT_BYTES >> 20) + " MiB), the size limit; nothing past it is read";
    }
}
