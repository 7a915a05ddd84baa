package org.appflowcontracts.validator.cli;

import java.io.PrintStream;

/**
 * The runnable jar's entry point. {@code --version} alone is answered here, before the command line's classes
 * (streams, writers, options, the validation service) are loaded: a version check is the shortest run there is
 * and should cost little more than the JVM's start. Everything else goes to {@link Main}.
 */
public final class JarEntryPoint {

    private JarEntryPoint() {
    }

    public static void main(String[] args) {
        if (VersionText.isRequested(args)) {
            PrintStream out = System.out;
            for (String line : VersionText.lines()) {
                out.println(line);
            }
            out.flush();
            return;
        }
        Main.main(args);
    }
}
