package org.appflowcontracts.validator.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.appflowcontracts.diff.compare.ContractDiff;
import org.appflowcontracts.diff.compare.FailOn;
import org.appflowcontracts.diff.format.DiffFormat;
import org.appflowcontracts.diff.model.Contract;
import org.appflowcontracts.diff.read.ContractReadException;
import org.appflowcontracts.diff.read.ContractReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code appflow-validate diff OLD NEW}: what changed between two contract versions, and whom it breaks. */
@Command(
        name = "appflow-validate diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Compares two versions of the AppFlow contract, each an AWS service model JSON file or a contracts "
                    + "folder (appflow/2020-08-23 with its rule overlays), and reports per operation and side the "
                    + "added, removed and changed members and constraints, each breaking or compatible.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing that --fail-on names (default: nothing breaking)",
            "1:a change that --fail-on names (a --check file passing OLD but not NEW is breaking)",
            "2:usage error, or a contract or file that could not be read"
        })
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The old contract: a service model or a folder.")
    private String oldSide;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new contract: a service model or a folder.")
    private String newSide;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text (default), aws, json or markdown; aws = the layout "
                    + "of the published AWS API changelogs (additions only).")
    private DiffFormat format;

    @Option(names = "--fail-on", paramLabel = "WHAT", defaultValue = "breaking",
            description = "Exit 1 on: breaking (default) changes, any change, or none.")
    private FailOn failOn;

    @Option(names = "--check", paramLabel = "PATH", arity = "1..*",
            description = "Flow files (or directories) to validate under OLD and NEW (a service model side is "
                    + "imported and checked with the shipped rule overlays). Put it last: it takes every operand "
                    + "after it.")
    private List<String> checkPaths = new ArrayList<>();

    private final Path workingDirectory;

    DiffCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path oldPath = workingDirectory.resolve(oldSide);
        Path newPath = workingDirectory.resolve(newSide);
        ContractDiff diff;
        try {
            Contract before = ContractReader.read(oldPath);
            Contract after = ContractReader.read(newPath);
            diff = ContractDiff.between(before, after);
        } catch (ContractReadException e) {
            return fail(err, e.getMessage());
        }
        if (Files.isDirectory(oldPath) != Files.isDirectory(newPath)) {
            err.println("appflow-validate diff: warning: comparing a contracts folder with a service model; "
                    + "patterns and integer/long types are written differently on each side");
        }
        FlowFileChecks checks = new FlowFileChecks(oldPath, newPath, err);
        List<FileVerdict> verdicts = checks.run(new InputCollector().collect(checkPaths));
        out.print(DiffOutput.render(format, diff, verdicts));
        out.flush();
        if (checks.hadProblems()) {
            return ExitCodePolicy.USAGE_OR_INPUT;
        }
        boolean regressed = verdicts.stream().anyMatch(FileVerdict::regressed);
        boolean filesMoved = verdicts.stream().anyMatch(v -> v.validBefore() != v.validAfter());
        boolean fails = failOn.fails(diff.hasBreaking() || regressed, !diff.changes().isEmpty() || filesMoved);
        return fails ? ExitCodePolicy.FINDINGS : ExitCodePolicy.OK;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("appflow-validate diff: error: " + message);
        err.flush();
        return ExitCodePolicy.USAGE_OR_INPUT;
    }
}
