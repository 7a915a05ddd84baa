package org.appflowcontracts.codegen.compiler;

import java.util.Objects;

/** A generated source file: path relative to the output directory ({@code /} separated) and its text. */
public record GeneratedFile(String path, String content) {

    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
