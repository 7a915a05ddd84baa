package org.appflowcontracts.export;

/** An input the exporter cannot use, named by its file and the JSON pointer of the problem. */
public final class ExportException extends RuntimeException {

    public ExportException(String file, String pointer, String problem) {
        super(file + "#" + pointer + ": " + problem);
    }

    public ExportException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
