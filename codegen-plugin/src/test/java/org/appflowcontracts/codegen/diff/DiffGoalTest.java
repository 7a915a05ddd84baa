package org.appflowcontracts.codegen.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.appflowcontracts.diff.compare.FailOn;
import org.appflowcontracts.diff.format.DiffFormat;
import org.appflowcontracts.diff.read.ContractReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffGoalTest {

    private static final Path MODELS = Path.of("..", "schemas", "src", "main", "aws-model");
    private static final Path JUNE_2023 = MODELS.resolve("appflow-2020-08-23.2023-06-27.json");
    private static final Path AUGUST_2023 = MODELS.resolve("appflow-2020-08-23.json");

    @TempDir
    Path work;

    @Test
    void aCompatibleUpdatePassesAndWritesTheReport() throws Exception {
        Path report = work.resolve("reports/contract-diff.md");
        DiffGoal.Outcome outcome = new DiffGoal(JUNE_2023, AUGUST_2023, DiffFormat.MARKDOWN, FailOn.BREAKING,
                report).run();

        assertThat(outcome.fails()).isFalse();
        assertThat(outcome.summary()).startsWith("8 contract changes, 0 breaking");
        assertThat(Files.readString(report)).isEqualTo(outcome.report()).startsWith("## Contract changes");
    }

    @Test
    void aBreakingDowngradeFailsUnlessFailOnNone() throws Exception {
        assertThat(new DiffGoal(AUGUST_2023, JUNE_2023, DiffFormat.TEXT, FailOn.BREAKING, null).run().fails())
                .isTrue();
        assertThat(new DiffGoal(AUGUST_2023, JUNE_2023, DiffFormat.TEXT, FailOn.NONE, null).run().fails())
                .isFalse();
    }

    @Test
    void anUnreadableSideIsAReadError() {
        assertThatThrownBy(() -> new DiffGoal(JUNE_2023, work.resolve("missing.json"), DiffFormat.TEXT,
                FailOn.BREAKING, null).run()).isInstanceOf(ContractReadException.class)
                .hasMessageContaining("missing.json: no such file or directory");
    }
}
