package org.appflowcontracts.validator.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/** Entry point of {@code appflow-validate}. Never ends with a stack trace: every failure is one line and exit 2. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Under a C/POSIX locale Java decodes non-ASCII file names with replacement characters; use them as typed.
        int code = run(NativeFileNames.realArguments(args), System.in, System.out, System.err,
                contractServices(), Path.of("").toAbsolutePath());
        System.exit(code);
    }

    /** Runs the command with explicit streams so tests can drive it in-process. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err,
                          ValidationServiceFactory services, Path workingDirectory) {
        // Standard output is flushed once, at the end (below): a batch's findings are then a few writes, not one
        // system call per line. Standard error keeps flushing per line: problems are told as they are found.
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            // "diff" is dispatched here rather than as a picocli subcommand: the validate command takes file
            // operands, and a subcommand would change how it reads them.
            if (args.length > 0 && args[0].equals("diff")) {
                return configure(new CommandLine(new DiffCommand(workingDirectory)), outWriter, errWriter)
                        .execute(java.util.Arrays.copyOfRange(args, 1, args.length));
            }
            if (VersionText.isRequested(args)) {
                for (String line : VersionText.lines()) {
                    outWriter.println(line);
                }
                return ExitCodePolicy.OK;
            }
            Optional<PlainInvocation.Request> plain = PlainInvocation.parse(args);
            if (plain.isPresent()) {
                return new ValidateCommand(services, stdin, workingDirectory).checkPlain(plain.get(), outWriter,
                        errWriter);
            }
            CommandLine cli = configure(new CommandLine(new ValidateCommand(services, stdin, workingDirectory)),
                    outWriter, errWriter)
                    // pre-commit passes file names after the hook's arguments without "--": a file named
                    // --strict.json is a file. ValidateCommand refuses a dash operand that names no file.
                    .setUnmatchedOptionsArePositionalParams(true);
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            return internalError(e, errWriter);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /**
     * The shipped contracts' service, as a run from the command line uses it; with {@link #run} it lets a tool
     * (a build, a benchmark) run the command in its own process.
     */
    public static ValidationServiceFactory contractServices() {
        return new ContractServices();
    }

    /**
     * The shipped contracts' service. A named class, not a method reference: the first lambda of a run spins
     * the JVM's lambda machinery, milliseconds a {@code --version} or one-file run should not pay.
     */
    private static final class ContractServices implements ValidationServiceFactory {
        @Override
        public ValidationService create(ServiceOptions options) {
            return new ContractValidationService(options);
        }
    }

    private static CommandLine configure(CommandLine cli, PrintWriter outWriter, PrintWriter errWriter) {
        return cli
                .setCaseInsensitiveEnumValuesAllowed(true)
                // Operands are file names (a hook passes whatever the repository holds); "@name" is one of them.
                .setExpandAtFiles(false)
                .setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, errWriter));
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("appflow-validate: error: " + e.getMessage());
        String command = e.getCommandLine().getCommandName();
        err.println("Try '" + command + " --help' for more information.");
        err.flush();
        return ExitCodePolicy.USAGE_OR_INPUT;
    }

    private static int internalError(Throwable e, PrintWriter err) {
        String detail = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        err.println("appflow-validate: error internal " + e.getClass().getSimpleName() + detail);
        err.flush();
        return ExitCodePolicy.USAGE_OR_INPUT;
    }
}
