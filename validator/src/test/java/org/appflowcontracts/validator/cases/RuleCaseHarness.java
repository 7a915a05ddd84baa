package org.appflowcontracts.validator.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.rules.RuleCatalog;
import org.appflowcontracts.validator.rules.RuleInfo;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a folder of rule cases into dynamic tests:
 * <pre>
 * &lt;root&gt;/&lt;RULE_ID&gt;/valid/*.json|yaml|yml        must yield no violation of RULE_ID
 * &lt;root&gt;/&lt;RULE_ID&gt;/invalid/X.json|yaml|yml      must yield the expected id at the expected pointer,
 * &lt;root&gt;/&lt;RULE_ID&gt;/invalid/X.expect.json        and no other error-severity violation
 * </pre>
 * The expect file is {@code {"operation": "CreateFlow", "ruleId": "...", "pointer": "/..."}}; {@code ruleId}
 * differs from the folder only when the violation is reported under another id, which the folder's rule must
 * declare ({@code appflowRule.reportedAs}) or the expect file must state ({@code "reportedAs"}).
 * Also checks that every catalog rule has a folder with at least one valid and one invalid case, and that every
 * folder names a known id.
 *
 * @param root             the cases folder
 * @param catalog          the rules the cases must cover
 * @param validOperation   operation for a valid case, from its file name
 * @param defaultOperation operation for an invalid case whose expect file names none
 * @param validator        validates a document as an operation
 */
public record RuleCaseHarness(
        Path root,
        RuleCatalog catalog,
        Function<String, String> validOperation,
        String defaultOperation,
        BiFunction<String, LocatedDocument, List<Violation>> validator) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Expected outcome of an invalid case. */
    record Expectation(String operation, String ruleId, String pointer, String reportedAs) {
    }

    public List<DynamicNode> tests() {
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(DynamicTest.dynamicTest("every catalog rule has valid and invalid cases", this::checkCoverage));
        nodes.add(DynamicTest.dynamicTest("every case folder names a known rule", this::checkFolderIds));
        for (Path folder : ruleFolders()) {
            String ruleId = folder.getFileName().toString();
            List<DynamicNode> cases = new ArrayList<>();
            for (Path file : caseFiles(folder.resolve("valid"))) {
                cases.add(DynamicTest.dynamicTest("valid/" + file.getFileName(), file.toUri(),
                        () -> checkValid(ruleId, file)));
            }
            for (Path file : caseFiles(folder.resolve("invalid"))) {
                cases.add(DynamicTest.dynamicTest("invalid/" + file.getFileName(), file.toUri(),
                        () -> checkInvalid(ruleId, file)));
            }
            nodes.add(DynamicContainer.dynamicContainer(ruleId, cases));
        }
        return nodes;
    }

    List<Path> ruleFolders() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> caseFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(RuleCaseHarness::isCaseFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isCaseFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(".expect.json")
                && (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    void checkCoverage() {
        Set<String> incomplete = new TreeSet<>();
        for (RuleInfo rule : catalog.rules()) {
            Path folder = root.resolve(rule.id());
            if (caseFiles(folder.resolve("valid")).isEmpty() || caseFiles(folder.resolve("invalid")).isEmpty()) {
                incomplete.add(rule.id());
            }
        }
        assertThat(incomplete).as("rules without at least one valid and one invalid case under " + root).isEmpty();
    }

    void checkFolderIds() {
        Set<String> unknown = ruleFolders().stream().map(f -> f.getFileName().toString())
                .filter(id -> !catalog.knows(id)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(unknown).as("case folders naming no catalog rule under " + root).isEmpty();
    }

    void checkValid(String ruleId, Path file) throws Exception {
        String operation = validOperation.apply(file.getFileName().toString());
        List<Violation> violations = validator.apply(operation, parse(file));
        Set<String> ids = idsOf(ruleId, null);
        assertThat(violations).as("%s validated as %s must not violate %s", file, operation, ids)
                .noneMatch(v -> ids.contains(v.ruleId()));
    }

    void checkInvalid(String ruleId, Path file) throws Exception {
        Expectation expect = expectation(file);
        String reported = expect.reportedAs() != null ? expect.reportedAs() : expect.ruleId();
        assertThat(idsOf(ruleId, expect.reportedAs()))
                .as("%s expects %s, which is neither %s nor an id %s is reported as", file, reported, ruleId, ruleId)
                .contains(reported);
        List<Violation> violations = validator.apply(expect.operation(), parse(file));
        assertThat(violations).as("%s validated as %s must report %s at '%s'", file, expect.operation(), reported,
                expect.pointer())
                .anyMatch(v -> v.ruleId().equals(reported) && v.pointer().equals(expect.pointer()));
        assertThat(violations).as("%s must report no other error (it is a single mutation of a valid flow)", file)
                .filteredOn(v -> v.severity() == Severity.ERROR)
                .allMatch(v -> v.ruleId().equals(reported) && v.pointer().equals(expect.pointer()));
    }

    /** The ids violations of the folder's rule may carry. */
    private Set<String> idsOf(String ruleId, String caseReportedAs) {
        Set<String> ids = new TreeSet<>();
        ids.add(ruleId);
        catalog.find(ruleId).map(RuleInfo::reportedId).ifPresent(ids::add);
        if (caseReportedAs != null) {
            ids.add(caseReportedAs);
        }
        return ids;
    }

    Expectation expectation(Path file) throws IOException {
        String name = file.getFileName().toString();
        Path expectFile = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expect.json");
        assertThat(expectFile).as("invalid case %s needs %s", file, expectFile.getFileName()).isRegularFile();
        JsonNode expect = MAPPER.readTree(expectFile.toFile());
        String ruleId = text(expect, "ruleId");
        String pointer = text(expect, "pointer");
        assertThat(ruleId).as("%s: ruleId", expectFile).isNotNull();
        assertThat(pointer).as("%s: pointer", expectFile).isNotNull();
        String operation = text(expect, "operation");
        return new Expectation(operation != null ? operation : defaultOperation, ruleId, pointer,
                text(expect, "reportedAs"));
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static LocatedDocument parse(Path file) throws IOException, InputException {
        return LocatedParser.parse(Files.readAllBytes(file), file.getFileName().toString());
    }
}
