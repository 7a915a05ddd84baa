package org.appflowcontracts.codegen;

import java.util.Objects;

/**
 * A schema the compiler cannot compile: malformed JSON, an unknown or unsupported keyword, a dangling
 * {@code $ref}. Carries the document and the JSON pointer of the offending value.
 */
public final class SchemaCompileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String pointer;

    public SchemaCompileException(String file, String pointer, String problem) {
        this(file, pointer, problem, null);
    }

    public SchemaCompileException(String file, String pointer, String problem, Throwable cause) {
        super(file + "#" + pointer + ": " + problem, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    /** The schema document, relative to the schema root. */
    public String file() {
        return file;
    }

    /** JSON pointer of the offending value inside {@link #file()}. */
    public String pointer() {
        return pointer;
    }
}
