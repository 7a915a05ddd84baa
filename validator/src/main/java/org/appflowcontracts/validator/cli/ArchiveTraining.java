package org.appflowcontracts.validator.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The launcher's training run for its class-data archive (or AOT cache): checks the given flows the way runs
 * usually do — text as a pre-commit hook prints it, then SARIF and JSON as CI jobs ask for them — in one JVM, so the
 * archive holds the classes of each. Output is discarded; the exit code is always 0 (findings are expected).
 */
public final class ArchiveTraining {

    private ArchiveTraining() {
    }

    public static void main(String[] inputs) {
        // Checks as the jar's entry point makes them (its engines named, not looked up), so the archive holds
        // what runs load.
        JarEntryPoint.useTheJarsEngines();
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Path here = Path.of("").toAbsolutePath();
        String[][] runs = {inputs, withFormat("sarif", inputs), withFormat("json", inputs)};
        for (String[] run : runs) {
            Main.run(run, System.in, discard, discard, Main.contractServices(), here);
        }
    }

    private static String[] withFormat(String format, String[] inputs) {
        String[] args = new String[inputs.length + 2];
        args[0] = "--format";
        args[1] = format;
        System.arraycopy(inputs, 0, args, 2, inputs.length);
        return args;
    }
}
