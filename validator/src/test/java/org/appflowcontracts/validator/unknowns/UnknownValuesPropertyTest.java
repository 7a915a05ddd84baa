package org.appflowcontracts.validator.unknowns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.OperationDetector;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.compiled.generated.validation.ContractValidators;
import org.appflowcontracts.validator.compiled.generated.validation.RawFailureListener;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * No finding depends on an unknown value, checked exhaustively with the compiled engine: every value below the
 * root (objects and arrays included) of every flow of the working corpus, of the rule cases' invalid flows and of
 * the real-world mistakes is replaced, one at a time, by an unknown value. Then
 * <ul>
 *   <li>the findings are a subset of the original ones (same rule id and pointer): in particular a flow without
 *       findings stays without findings;</li>
 *   <li>every type-level ({@code schema.*}) finding is kept unless its pointer is the replaced one, under it, or
 *       an ancestor of it, or a rule's failure there has become undecided. A rule failure at a pointer hides the
 *       type-level findings there; when the rule's verdict depends on the unknown value, whether they show would
 *       depend on it too, so they are hidden (keeping the findings a subset). The generated validator's raw
 *       listener names those undecided rule failures.</li>
 * </ul>
 * A flow has far fewer values than {@link #CAP}; the cap only bounds the work should a much larger flow be added.
 */
class UnknownValuesPropertyTest {

    private static final int CAP = 3000;
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final List<String> FOLDERS = List.of("corpus", "rules", "mistakes");

    static List<Path> flows() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> files = Files.walk(RESOURCES.resolve(folder))) {
                files.filter(Files::isRegularFile).filter(UnknownValuesPropertyTest::isFlow)
                        .filter(f -> !folder.equals("rules") || f.toString().contains("invalid")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static boolean isFlow(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(".expect.json") && (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    @TestFactory
    Stream<DynamicTest> noFindingDependsOnASingleUnknownValue() throws IOException {
        List<Path> flows = flows();
        assertThat(flows).as("flows under %s", RESOURCES).hasSizeGreaterThan(300);
        return flows.stream().map(file -> DynamicTest.dynamicTest(RESOURCES.relativize(file).toString(), file.toUri(),
                () -> check(file)));
    }

    private static void check(Path file) throws Exception {
        JsonNode root = LocatedParser.parse(Files.readAllBytes(file), file.toString()).root();
        String operation = OperationDetector.detect(root, file.getFileName().toString()).orElse("CreateFlow");
        ContractValidator validator = ContractValidator.forOperation(operation, EngineKind.COMPILED);
        Set<String> original = keys(validator.validate(root).violations());
        Set<String> typeLevel = original.stream().filter(k -> k.startsWith("schema.")).collect(Collectors.toCollection(TreeSet::new));
        List<FlowSites.Site> sites = FlowSites.of(root);
        assertThat(sites).as("values of %s", file).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (FlowSites.Site site : sites.subList(0, Math.min(CAP, sites.size()))) {
            JsonNode changed = FlowSites.replaced(root, site, Unknowns.unknown(site.pointer()));
            Set<String> after = keys(validator.validate(changed).violations());
            for (String added : after) {
                if (!original.contains(added)) {
                    problems.add("unknown at " + site.pointer() + " adds " + added);
                }
            }
            Set<String> undecided = undecidedPointers(operation, changed);
            for (String kept : typeLevel) {
                if (!after.contains(kept) && !site.related(pointerOf(kept)) && !undecided.contains(pointerOf(kept))) {
                    problems.add("unknown at " + site.pointer() + " loses " + kept);
                }
            }
        }
        System.out.printf("unknowns %s: %d value(s) replaced, %d original finding(s)%n", file.getFileName(),
                Math.min(CAP, sites.size()), original.size());
        assertThat(problems).as("%s as %s (original findings %s)", file, operation, original).isEmpty();
    }

    /** The pointers of the rule failures that depend on an unknown value, as the generated validator reports them. */
    private static Set<String> undecidedPointers(String operation, JsonNode document) {
        Set<String> pointers = new TreeSet<>();
        String entry = operation.endsWith("Response") ? operation : operation + "Request";
        ContractValidators.evaluate(entry, document, new RawFailureListener() {
            @Override
            public void failure(String keyword, String pointer, String member, String schemaId, String schemaPointer,
                    String expected) {
            }

            @Override
            public void undecided(String keyword, String pointer, String member, String schemaId, String schemaPointer,
                    String expected) {
                pointers.add(pointer);
            }
        });
        return pointers;
    }

    /** "ruleId pointer" of each finding. */
    private static Set<String> keys(List<Violation> violations) {
        return violations.stream().map(v -> v.ruleId() + " " + v.pointer()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String pointerOf(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }
}
