package org.appflowcontracts.validator.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.appflowcontracts.validator.reference.FixtureContract;
import org.appflowcontracts.validator.rules.RuleCatalog;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The case harness run over the engine fixture's rules ({@code src/test/resources/engine/rules}). */
class EngineRuleCasesTest {

    private static final Path CASES = Path.of("src/test/resources/engine/rules");
    private static final RuleCatalog CATALOG = RuleCatalog.of(FixtureContract.RULES);

    private static RuleCaseHarness harness(Path root) {
        return new RuleCaseHarness(root, CATALOG, name -> "Sample", "Sample", (operation, document) -> {
            assertThat(operation).isEqualTo("Sample");
            return FixtureContract.validate(document);
        });
    }

    @TestFactory
    List<DynamicNode> fixtureRuleCases() {
        return harness(CASES).tests();
    }

    @Test
    void harnessFindsEveryFixtureFolder() {
        assertThat(harness(CASES).ruleFolders()).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("WINDOW_ORDER", "DESTINATION_UNIQUE", "EVENT_OWNER_FORM",
                        "COLUMNS_MATCH_LIST", "PROJECTION_COVERS_MAPS", "SCHEDULED_NEEDS_OWNER", "TASK_SHAPE",
                        "TASK_SHAPE.filter-one-field", "NAME_FORMAT", "TASKS_NEED_PROJECTION", "NO_LEGACY");
    }

    @Test
    void coverageCheckFailsWhenARuleHasNoCases(@org.junit.jupiter.api.io.TempDir Path empty) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> harness(empty).checkCoverage())
                .isInstanceOf(AssertionError.class).hasMessageContaining("WINDOW_ORDER");
    }

    @Test
    void unknownFolderIsReported(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("NO_SUCH_RULE/valid"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> harness(root).checkFolderIds())
                .isInstanceOf(AssertionError.class).hasMessageContaining("NO_SUCH_RULE");
    }

    @Test
    void invalidCaseReportingAnotherErrorFails(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
        Path invalid = Files.createDirectories(root.resolve("WINDOW_ORDER/invalid"));
        // Inverted window (expected) plus an unknown member (another error): must be rejected as a case.
        Files.writeString(invalid.resolve("x.json"), """
                {"name": "a", "kind": "OnDemand", "bogus": 1, "window": {"start": 5, "end": 1}}
                """);
        Files.writeString(invalid.resolve("x.expect.json"), """
                {"operation": "Sample", "ruleId": "WINDOW_ORDER", "pointer": "/window/end"}
                """);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> harness(root).checkInvalid("WINDOW_ORDER",
                invalid.resolve("x.json"))).isInstanceOf(AssertionError.class).hasMessageContaining("no other error");
    }
}
