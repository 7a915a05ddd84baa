package org.appflowcontracts.codegen.parse;

import java.util.Objects;

/** The raw bytes of one schema document and its path relative to the schema root ({@code /} separated). */
public record SchemaInput(String file, byte[] content) {

    public SchemaInput {
        Objects.requireNonNull(file, "file");
        content = content.clone();
    }

    /**
     * Whether this is not a schema but a format mapping ({@code formats/cloudformation.mapping.json}): data that tells
     * the library how a template or a Terraform file spells the request, kept beside the schemas it refers to.
     */
    public boolean isFormatMapping() {
        return file.startsWith("formats/") || file.contains("/formats/");
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
