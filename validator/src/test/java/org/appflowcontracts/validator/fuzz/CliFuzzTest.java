package org.appflowcontracts.validator.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.cli.InProcessCli;
import org.junit.jupiter.api.BeforeAll;

/**
 * The whole command-line input path: bytes on standard input, read as the kind the fuzzer picks (or detected),
 * reported in text, JSON and SARIF. Every run must end with exit code 0, 1 or 2 matching its findings, print a
 * well-formed report in each format with the same findings, place every finding in the document, and never
 * report an internal failure.
 *
 * <p>Input layout: the document, then one byte choosing the {@code --input-format} (see {@link #INPUT_FORMATS}).
 */
class CliFuzzTest {

    /** The kinds a document may be read as; {@code null} lets the tool detect it. */
    static final String[] INPUT_FORMATS =
            {null, "api", "cloudformation", "terraform", "terraform-json", "terraform-plan"};

    /** Loads the contracts before the first timed input. */
    @BeforeAll
    static void warmUp() {
        run(WarmUp.FLOW, null, "sarif");
    }

    @FuzzTest(maxDuration = "30m")
    void everyDocumentGetsAConsistentReport(FuzzedDataProvider data) {
        String inputFormat = INPUT_FORMATS[Byte.toUnsignedInt(data.consumeByte()) % INPUT_FORMATS.length];
        byte[] document = data.consumeRemainingAsBytes();
        DocumentBounds bounds = DocumentBounds.of(document);
        CpuBudget budget = CpuBudget.seconds(20);

        InProcessCli.Run text = run(document, inputFormat, "text");
        InProcessCli.Run json = run(document, inputFormat, "json");
        InProcessCli.Run sarif = run(document, inputFormat, "sarif");
        budget.requireWithin("three runs of the command");
        List<CliReports.Finding> findings = CliReports.fromJson(json.stdout());
        requireSame("text", CliReports.fromText(text.stdout(), text.stderr()), findings);
        requireSame("SARIF", CliReports.fromSarif(sarif.stdout()), findings);
        for (CliReports.Finding f : findings) {
            if (f.ruleId().startsWith("internal.")) {
                throw new AssertionError("internal failure reported: " + f + "\n" + text.stderr());
            }
            bounds.requireInside(f.line(), f.column(), f.ruleId());
        }
        requireExitCode(text.exitCode(), findings);
        requireSameExitCode(text, json, sarif);
    }

    private static InProcessCli.Run run(byte[] document, String inputFormat, String outputFormat) {
        List<String> args = new ArrayList<>(List.of("--format", outputFormat));
        if (inputFormat != null) {
            args.addAll(List.of("--input-format", inputFormat));
        }
        args.add("-");
        InProcessCli.Run run = InProcessCli.run(document, args.toArray(String[]::new));
        if (run.stderr().contains("error internal")) {
            throw new AssertionError("the run failed inside the tool: " + run.stderr());
        }
        return run;
    }

    /** 2 when the document could not be checked, else 1 when it has errors, else 0. */
    private static void requireExitCode(int exitCode, List<CliReports.Finding> findings) {
        boolean unchecked = findings.stream().anyMatch(f -> f.ruleId().startsWith("input."));
        boolean errors = findings.stream().anyMatch(f -> f.severity().equals("error"));
        int expected = unchecked ? 2 : errors ? 1 : 0;
        if (exitCode != expected) {
            throw new AssertionError("exit code " + exitCode + ", expected " + expected + " for " + findings);
        }
    }

    private static void requireSameExitCode(InProcessCli.Run text, InProcessCli.Run json, InProcessCli.Run sarif) {
        if (text.exitCode() != json.exitCode() || text.exitCode() != sarif.exitCode()) {
            throw new AssertionError("exit codes differ by output format: text " + text.exitCode() + ", JSON "
                    + json.exitCode() + ", SARIF " + sarif.exitCode());
        }
    }

    private static void requireSame(String format, List<CliReports.Finding> actual,
            List<CliReports.Finding> json) {
        if (!sorted(actual).equals(sorted(json))) {
            throw new AssertionError(format + " report differs from the JSON report:\n" + actual + "\n" + json);
        }
    }

    private static List<String> sorted(List<CliReports.Finding> findings) {
        return findings.stream().map(CliReports.Finding::toString).sorted().toList();
    }
}
