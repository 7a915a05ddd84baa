package org.appflowcontracts.diff.read;

/** A contract version that cannot be read: names the file and, inside it, the JSON pointer. */
public final class ContractReadException extends RuntimeException {

    public ContractReadException(String source, String pointer, String problem) {
        super(source + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + problem);
    }

    public ContractReadException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}
