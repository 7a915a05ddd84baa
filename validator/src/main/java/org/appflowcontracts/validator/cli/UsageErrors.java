package org.appflowcontracts.validator.cli;

import picocli.CommandLine;

/**
 * Usage errors, made as picocli reports them. The command's code throws what these return, typed as
 * {@link RuntimeException}: to check a {@code throw} of picocli's own exception type, the JVM would load that
 * class when it links the command, on every run — from the jar itself, since no class-data archive of Java 17 holds
 * picocli's classes (Java 5 class files), which opens and indexes the whole jar. This class is linked only when
 * a usage error is made.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    static RuntimeException of(CommandLine commandLine, String message) {
        return new CommandLine.ParameterException(commandLine, message);
    }

    static RuntimeException of(CommandLine commandLine, String message, Throwable cause) {
        return new CommandLine.ParameterException(commandLine, message, cause);
    }
}
