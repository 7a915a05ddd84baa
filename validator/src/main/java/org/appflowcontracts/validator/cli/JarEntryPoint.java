package org.appflowcontracts.validator.cli;

import java.io.PrintStream;
import java.util.List;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.compiled.CompiledEngineFactory;

/**
 * The runnable jar's entry point. {@code --version} alone is answered here, before the command line's classes
 * (streams, writers, options, the validation service) are loaded: a version check is the shortest run there is
 * and should cost little more than the JVM's start. Everything else goes to {@link Main}, with the jar's own
 * compiled engine named rather than looked up as a service (the jar holds no other).
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
        useTheJarsEngines();
        Main.main(args);
    }

    /** The engines of the runnable jar: exactly what its merged service file declares, without reading it. */
    static void useTheJarsEngines() {
        ContractValidator.useEngineFactories(List.of(new CompiledEngineFactory()));
    }
}
