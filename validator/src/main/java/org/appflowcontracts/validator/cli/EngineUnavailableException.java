package org.appflowcontracts.validator.cli;

/** The engine asked for with {@code --engine} cannot check this kind of document in this build. */
public final class EngineUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
