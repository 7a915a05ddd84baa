package org.appflowcontracts.codegen.importer;

/** The service model file is not a botocore model the importer can read; the message locates the problem. */
public final class ModelFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelFormatException(String source, String jsonPointer, String problem) {
        super(source + " at " + (jsonPointer.isEmpty() ? "/" : jsonPointer) + ": " + problem);
    }

    public ModelFormatException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}
