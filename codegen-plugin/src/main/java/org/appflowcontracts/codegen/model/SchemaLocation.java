package org.appflowcontracts.codegen.model;

import java.util.Objects;

/**
 * Where a schema node lives: the document's file name and the JSON pointer of the node inside it.
 * Used for error messages and as the stable identity of a node in the IR.
 */
public record SchemaLocation(String file, String pointer) implements Comparable<SchemaLocation> {

    public SchemaLocation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** The location of a child reached by appending raw (unescaped) reference tokens. */
    public SchemaLocation child(String... tokens) {
        StringBuilder sb = new StringBuilder(pointer);
        for (String token : tokens) {
            sb.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return new SchemaLocation(file, sb.toString());
    }

    @Override
    public int compareTo(SchemaLocation other) {
        int c = file.compareTo(other.file);
        return c != 0 ? c : pointer.compareTo(other.pointer);
    }

    @Override
    public String toString() {
        return file + "#" + pointer;
    }
}
