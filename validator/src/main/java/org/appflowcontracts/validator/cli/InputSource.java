package org.appflowcontracts.validator.cli;

import java.nio.file.Path;

/**
 * One document to check.
 *
 * @param displayName how the file is named in findings: the path as the user spelled it, or {@code <stdin>}
 * @param path        the file, or {@code null} for standard input
 */
public record InputSource(String displayName, Path path) {

    public static final String STDIN_NAME = "<stdin>";

    public static InputSource stdin() {
        return new InputSource(STDIN_NAME, null);
    }

    public boolean isStdin() {
        return path == null;
    }
}
