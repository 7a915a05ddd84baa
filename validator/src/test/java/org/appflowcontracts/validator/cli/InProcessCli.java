package org.appflowcontracts.validator.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The command line run in this JVM with the shipped contracts, for tests outside this package (fuzz targets). */
public final class InProcessCli {

    /** What one run printed and returned. */
    public record Run(int exitCode, String stdout, String stderr) {
    }

    private InProcessCli() {
    }

    /** Runs {@code appflow-validate args...} with {@code stdin} as standard input. */
    public static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), ContractValidationService::new,
                Path.of("").toAbsolutePath());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
