package org.appflowcontracts.validator.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.OperationDetector;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Recall guard: the mistakes real users made in public (one minimal request body per mistake in
 * {@code src/test/resources/mistakes/}) must be reported. The expected findings live in that folder's
 * {@code README.md} table, written from the public evidence; this test only reads them.
 *
 * <p>Each case is checked on both engines: every expected finding (rule id, severity, pointer) is reported; the
 * operation written in the table is the one the CLI detects for the file; and the file reports no error the table
 * does not list, so a case keeps carrying only its own mistake.
 */
class RealWorldMistakesTest {

    static final Path MISTAKES = Path.of("src/test/resources/mistakes");
    static final Path TABLE = MISTAKES.resolve("README.md");

    /** One row of the table: a finding the validator must report for a case file. */
    record ExpectedFinding(String file, String mistake, String evidence, String operation, String ruleId,
            Severity severity, String pointer) {

        boolean matches(Violation violation) {
            return violation.ruleId().equals(ruleId) && violation.pointer().equals(pointer)
                    && violation.severity() == severity;
        }

        boolean describes(Violation violation) {
            return violation.ruleId().equals(ruleId) && violation.pointer().equals(pointer);
        }

        @Override
        public String toString() {
            return ruleId + " (" + severity.wireName() + ") at '" + pointer + "'";
        }
    }

    /** Reads the markdown table: rows start with '|', the header row names the columns, '---' rows separate. */
    static List<ExpectedFinding> readTable(Path table) throws IOException {
        List<ExpectedFinding> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (String line : Files.readAllLines(table)) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("|")) {
                continue;
            }
            List<String> cells = cells(trimmed);
            if (!headerSeen) {
                assertThat(cells).as("column names of the table in %s", table).containsExactly("Case file",
                        "Mistake", "Evidence", "Operation", "Rule id", "Severity", "Pointer");
                headerSeen = true;
                continue;
            }
            if (cells.stream().allMatch(cell -> cell.matches("-+"))) {
                continue;
            }
            assertThat(cells).as("cells of table row: %s", trimmed).hasSize(7);
            rows.add(new ExpectedFinding(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4),
                    Severity.fromWireName(cells.get(5)), cells.get(6)));
        }
        assertThat(headerSeen).as("%s has a findings table", table).isTrue();
        return rows;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(unquote(cell.strip()));
        }
        return cells;
    }

    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("`") && cell.endsWith("`")
                ? cell.substring(1, cell.length() - 1) : cell;
    }

    static Set<String> caseFiles() throws IOException {
        try (Stream<Path> files = Files.list(MISTAKES)) {
            return files.filter(Files::isRegularFile).filter(RuleCaseHarness::isCaseFile)
                    .map(file -> file.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Rows grouped by case file, in table order. */
    static Map<String, List<ExpectedFinding>> byFile(List<ExpectedFinding> rows) {
        Map<String, List<ExpectedFinding>> grouped = new LinkedHashMap<>();
        for (ExpectedFinding row : rows) {
            grouped.computeIfAbsent(row.file(), file -> new ArrayList<>()).add(row);
        }
        return grouped;
    }

    @Test
    void tableListsExactlyTheCaseFiles() throws IOException {
        Set<String> listed = new TreeSet<>(byFile(readTable(TABLE)).keySet());
        assertThat(listed).as("case files named in %s", TABLE).isEqualTo(caseFiles());
    }

    @Test
    void everyCaseCitesPublicEvidence() throws IOException {
        for (Map.Entry<String, List<ExpectedFinding>> entry : byFile(readTable(TABLE)).entrySet()) {
            List<ExpectedFinding> rows = entry.getValue();
            assertThat(rows.get(0).evidence()).as("first row of %s links its evidence", entry.getKey())
                    .contains("https://");
            assertThat(rows).as("rows of %s: a link, or 'same' for the link above", entry.getKey())
                    .allMatch(row -> row.evidence().contains("https://") || row.evidence().equals("same"));
        }
    }

    @Test
    void everyCaseHasOneOperation() throws IOException {
        for (Map.Entry<String, List<ExpectedFinding>> entry : byFile(readTable(TABLE)).entrySet()) {
            assertThat(entry.getValue()).extracting(ExpectedFinding::operation).as("operation of %s", entry.getKey())
                    .containsOnly(entry.getValue().get(0).operation());
            assertThat(entry.getValue().get(0).operation()).isIn("CreateFlow", "UpdateFlow");
        }
    }

    @TestFactory
    List<DynamicNode> mistakesAreCaught() throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Map.Entry<String, List<ExpectedFinding>> entry : byFile(readTable(TABLE)).entrySet()) {
            Path file = MISTAKES.resolve(entry.getKey());
            List<DynamicNode> engines = new ArrayList<>();
            for (EngineKind engine : EngineKind.values()) {
                engines.add(DynamicTest.dynamicTest(engine.name().toLowerCase(Locale.ROOT), file.toUri(),
                        () -> check(file, entry.getValue(), engine)));
            }
            nodes.add(DynamicContainer.dynamicContainer(entry.getKey(), engines));
        }
        return nodes;
    }

    static void check(Path file, List<ExpectedFinding> expected, EngineKind engine) throws Exception {
        String operation = expected.get(0).operation();
        LocatedDocument document = LocatedParser.parse(Files.readAllBytes(file), file.getFileName().toString());
        assertThat(OperationDetector.detect(document.root(), file.getFileName().toString()))
                .as("the CLI detects %s as %s", file.getFileName(), operation).contains(operation);

        List<Violation> violations = ContractValidator.forOperation(operation, engine).validate(document)
                .violations();
        for (ExpectedFinding finding : expected) {
            assertThat(violations).as("%s validated as %s (%s engine) must report %s", file.getFileName(), operation,
                    engine, finding).anyMatch(finding::matches);
        }
        assertThat(violations).as("%s must report no error the table does not list", file.getFileName())
                .filteredOn(v -> v.severity() == Severity.ERROR)
                .allMatch(v -> expected.stream().anyMatch(finding -> finding.describes(v)));
    }

    @Test
    void aFindingThatIsNotReportedFailsTheCheck() {
        Path file = MISTAKES.resolve("map-only-tasks-salesforce-source.json");
        ExpectedFinding elsewhere = new ExpectedFinding(file.getFileName().toString(), "wrong place", "none",
                "CreateFlow", "TASKS_NEED_PROJECTION_OR_MAP_ALL", Severity.ERROR, "/tasks/0");
        assertThatThrownBy(() -> check(file, List.of(elsewhere), EngineKind.REFERENCE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("must report");
    }

    @Test
    void anUnlistedErrorFailsTheCheck() {
        // The case reports two errors; listing only one of them must be rejected.
        Path file = MISTAKES.resolve("projection-as-task-type.json");
        ExpectedFinding onlyEnum = new ExpectedFinding(file.getFileName().toString(), "task type", "none",
                "CreateFlow", "schema.enum", Severity.ERROR, "/tasks/0/taskType");
        assertThatThrownBy(() -> check(file, List.of(onlyEnum), EngineKind.REFERENCE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no error the table does not list");
    }
}
