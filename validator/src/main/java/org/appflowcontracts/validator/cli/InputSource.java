package org.appflowcontracts.validator.cli;

import java.nio.file.Path;

/**
 * One document to check.
 *
 * @param displayName       how the file is named in findings: the path as the user spelled it, or {@code <stdin>}
 * @param path              the file, or {@code null} for standard input or an operand that names no path
 * @param unreadableBecause why the operand names no path this system can open (its characters cannot be encoded
 *                          in the file-name encoding of the locale), or {@code null}
 */
public record InputSource(String displayName, Path path, String unreadableBecause) {

    public static final String STDIN_NAME = "<stdin>";

    public InputSource(String displayName, Path path) {
        this(displayName, path, null);
    }

    /** An operand that cannot be turned into a path, reported as a document that could not be read. */
    public static InputSource unnameable(String operand, String because) {
        return new InputSource(operand, null, because);
    }

    public static InputSource stdin() {
        return new InputSource(STDIN_NAME, null);
    }

    public boolean isStdin() {
        return path == null && unreadableBecause == null;
    }
}
