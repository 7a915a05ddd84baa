package org.appflowcontracts.codegen.model;

import java.util.Objects;

/** One parsed schema document: its file name (relative to the schema root), its {@code $id} and root node. */
public record SchemaDocument(String file, String id, SchemaNode root) {

    public SchemaDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(root, "root");
    }
}
