package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.api.Test;

class ExitCodePolicyTest {

    private static final InputSource FILE = new InputSource("a.json", Path.of("a.json"));

    private static RunResult with(Severity... severities) {
        List<Violation> violations = java.util.Arrays.stream(severities)
                .map(s -> new Violation("R", s, "", "", "m", 1, 1)).toList();
        return new RunResult(List.of(new FileOutcome.Checked(FILE, new ValidationReport("CreateFlow", violations))),
                List.of(), "1", Path.of("."), false);
    }

    @Test
    void cleanRunsAndWarningsPassUnlessStrict() {
        assertThat(new ExitCodePolicy(false).exitCode(with())).isZero();
        assertThat(new ExitCodePolicy(false).exitCode(with(Severity.WARNING, Severity.INFO))).isZero();
        assertThat(new ExitCodePolicy(true).exitCode(with(Severity.WARNING))).isEqualTo(1);
        assertThat(new ExitCodePolicy(true).exitCode(with(Severity.INFO))).isZero();
    }

    @Test
    void errorsFail() {
        assertThat(new ExitCodePolicy(false).exitCode(with(Severity.ERROR))).isEqualTo(1);
    }

    @Test
    void aDocumentThatCouldNotBeCheckedWinsOverFindings() {
        RunResult run = new RunResult(List.of(
                new FileOutcome.Checked(FILE, new ValidationReport("CreateFlow",
                        List.of(new Violation("R", Severity.ERROR, "", "", "m", 1, 1)))),
                new FileOutcome.Failed(FILE, new InputProblem(InputProblem.MALFORMED, "x", 1, 1))),
                List.of(), "1", Path.of("."), false);
        assertThat(new ExitCodePolicy(false).exitCode(run)).isEqualTo(2);
    }
}
