package org.appflowcontracts.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.rules.RuleIndex;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The reporting model over hand-made raw failures located in the engine fixture's rule overlay. */
class FailureReducerTest {

    private static final SchemaResources RESOURCES = new SchemaResources("engine/schemas/");
    private static final String BASE = SchemaResources.ID_PREFIX + "appflow/test/";
    private static final String RULES_DOC = BASE + "rules/sample.rules.json";
    private static final String SHAPES_DOC = BASE + "shapes.schema.json";
    private static final RuleIndex INDEX = RuleIndex.load(RESOURCES, List.of(BASE + "Sample.contract.schema.json"));
    private static final LocatedDocument NO_POSITIONS =
            LocatedDocument.withoutPositions(JsonNodeFactory.instance.objectNode());

    private static List<Violation> reduce(RawFailure... failures) {
        return new FailureReducer(INDEX).reduce(List.of(failures), NO_POSITIONS);
    }

    private static RawFailure rule(String keyword, String pointer, String member, String schemaPointer) {
        return new RawFailure(keyword, pointer, member, RULES_DOC, schemaPointer, null);
    }

    private static RawFailure type(String keyword, String pointer, String member, String schemaPointer) {
        return new RawFailure(keyword, pointer, member, SHAPES_DOC, schemaPointer, "8");
    }

    @Test
    void ownerIsTheNearestEnclosingRuleNode() {
        List<Violation> violations = reduce(
                rule("maxItems", "/tasks/0/sourceFields", null,
                        "/$defs/TASK_SHAPE/properties/tasks/items/then/properties/sourceFields/maxItems"),
                rule("required", "/tasks/1", "destinationField",
                        "/$defs/TASK_SHAPE/properties/tasks/items/else/required"));
        assertThat(violations).extracting(Violation::ruleId, Violation::severity)
                .containsExactly(tuple("TASK_SHAPE", Severity.ERROR),
                        tuple("TASK_SHAPE.filter-one-field", Severity.WARNING));
        assertThat(violations.get(0).message()).isEqualTo("Fix the task.");
    }

    @Test
    void failuresOutsideRulesAreTypeLevel() {
        assertThat(reduce(type("maxLength", "/owner", null, "/$defs/SampleRequest/properties/owner/maxLength")))
                .singleElement().satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("schema.maxLength");
                    assertThat(v.severity()).isEqualTo(Severity.ERROR);
                    assertThat(v.message()).isEqualTo("must be at most 8 characters long");
                    assertThat(v.schemaLocation())
                            .isEqualTo("appflow/test/shapes.schema.json#/$defs/SampleRequest/properties/owner/maxLength");
                });
    }

    @Test
    void failuresNestedUnderAFailingConditionAreDropped() {
        String anyOf = "/$defs/EVENT_OWNER_FORM/then/properties/owner/anyOf";
        List<Violation> violations = reduce(
                rule("anyOf", "/owner", null, anyOf),
                rule("pattern", "/owner", null, anyOf + "/0/pattern"),
                rule("const", "/owner", null, anyOf + "/1/const"));
        assertThat(violations).extracting(Violation::ruleId, Violation::schemaLocation)
                .containsExactly(tuple("EVENT_OWNER_FORM", "appflow/test/rules/sample.rules.json#" + anyOf));
    }

    @Test
    void oneViolationPerRuleAndPointer() {
        List<Violation> violations = reduce(
                rule("required", "/tasks/1", "destinationField", "/$defs/TASK_SHAPE/properties/tasks/items/else/required"),
                rule("required", "/tasks/1", "other", "/$defs/TASK_SHAPE/properties/tasks/items/else/required"),
                rule("required", "/tasks/2", "destinationField", "/$defs/TASK_SHAPE/properties/tasks/items/else/required"));
        assertThat(violations).extracting(Violation::ruleId, Violation::pointer)
                .containsExactly(tuple("TASK_SHAPE", "/tasks/1"), tuple("TASK_SHAPE", "/tasks/2"));
    }

    @Test
    void anErrorRuleSubsumesTypeLevelAtTheSamePointerButNotElsewhere() {
        List<Violation> violations = reduce(
                rule("required", "/tasks/1", "destinationField", "/$defs/TASK_SHAPE/properties/tasks/items/else/required"),
                type("maxProperties", "/tasks/1", null, "/$defs/Task/maxProperties"),
                type("pattern", "/name", null, "/$defs/Name/pattern"));
        assertThat(violations).extracting(Violation::ruleId)
                .containsExactlyInAnyOrder("TASK_SHAPE", "schema.pattern");
    }

    @Test
    void aWarningRuleDoesNotHideATypeLevelErrorAtItsPointer() {
        // The value is refused whatever the warning says of it: hiding the error would let the flow pass.
        List<Violation> violations = reduce(
                rule("anyOf", "/owner", null, "/$defs/EVENT_OWNER_FORM/then/properties/owner/anyOf"),
                type("maxLength", "/owner", null, "/$defs/SampleRequest/properties/owner/maxLength"));
        assertThat(violations).extracting(Violation::ruleId, Violation::severity).containsExactlyInAnyOrder(
                tuple("EVENT_OWNER_FORM", Severity.WARNING), tuple("schema.maxLength", Severity.ERROR));
    }

    @Test
    void typeLevelRequiredSurvivesUnlessTheRuleRequiresTheSameMember() {
        RawFailure ruleRequiresOwner = rule("required", "", "owner", "/$defs/SCHEDULED_NEEDS_OWNER/then/required");
        assertThat(reduce(ruleRequiresOwner, type("required", "", "owner", "/$defs/SampleRequest/required")))
                .extracting(Violation::ruleId).containsExactly("SCHEDULED_NEEDS_OWNER");
        assertThat(reduce(ruleRequiresOwner, type("required", "", "name", "/$defs/SampleRequest/required")))
                .extracting(Violation::ruleId).containsExactlyInAnyOrder("SCHEDULED_NEEDS_OWNER", "schema.required");
    }

    @Test
    void lazyReducerLoadsItsIndexOnlyWhenSomethingFailsAndOnlyOnce() {
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        FailureReducer reducer = FailureReducer.loadingOnFirstFailure(() -> {
            loads.incrementAndGet();
            return INDEX;
        });
        assertThat(reducer.reduce(List.of(), NO_POSITIONS)).isEmpty();
        assertThat(loads).hasValue(0);
        RawFailure failure = type("maxLength", "/owner", null, "/$defs/SampleRequest/properties/owner/maxLength");
        assertThat(reducer.reduce(List.of(failure), NO_POSITIONS)).extracting(Violation::ruleId)
                .containsExactly("schema.maxLength");
        assertThat(reducer.reduce(List.of(failure), NO_POSITIONS)).hasSize(1);
        assertThat(loads).hasValue(1);
    }

    @Test
    void manyFailuresAreReducedWithoutQuadraticBlowUp() {
        // 100 000 failures: pairwise comparison would take minutes; the reducer must stay near-linear.
        List<RawFailure> failures = new java.util.ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            failures.add(rule("required", "/tasks/" + i, "destinationField",
                    "/$defs/TASK_SHAPE/properties/tasks/items/else/required"));
            failures.add(type("required", "/tasks/" + i, "taskType", "/$defs/Task/required"));
        }
        List<Violation> violations = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30), () -> new FailureReducer(INDEX).reduce(failures, NO_POSITIONS));
        assertThat(violations).hasSize(100_000);
    }

    @Test
    void violationsAreSortedByPositionThenIdThenPointer() {
        LocatedDocument doc = new LocatedDocument(JsonNodeFactory.instance.objectNode(), java.util.Map.of(
                "", new org.appflowcontracts.validator.parse.Position(1, 1),
                "/b", new org.appflowcontracts.validator.parse.Position(2, 3),
                "/a", new org.appflowcontracts.validator.parse.Position(3, 3)));
        List<Violation> violations = new FailureReducer(INDEX).reduce(List.of(
                type("type", "/a", null, "/$defs/X/type"),
                type("enum", "/b", null, "/$defs/Y/enum"),
                type("required", "", "z", "/$defs/Z/required")), doc);
        assertThat(violations).extracting(Violation::pointer, Violation::line).containsExactly(
                tuple("", 1), tuple("/b", 2), tuple("/a", 3));
    }
}
