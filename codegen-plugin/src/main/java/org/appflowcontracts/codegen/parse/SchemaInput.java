package org.appflowcontracts.codegen.parse;

import java.util.Objects;

/** The raw bytes of one schema document and its path relative to the schema root ({@code /} separated). */
public record SchemaInput(String file, byte[] content) {

    public SchemaInput {
        Objects.requireNonNull(file, "file");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
