package org.appflowcontracts.validator.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.api.Test;

class ReferenceEngineTest {

    private static final String VALID = """
            {"name": "alpha", "kind": "Scheduled", "owner": "ann",
             "window": {"start": "2024-01-01T00:00:00Z", "end": 1704153600},
             "columns": "a, b", "columnList": ["b", "a"],
             "tasks": [
               {"taskType": "Projection", "sourceFields": ["x", "y"], "destinationField": "p"},
               {"taskType": "Map", "sourceFields": ["x"], "destinationField": "x1"},
               {"taskType": "Map", "sourceFields": ["y"], "destinationField": "y1"},
               {"taskType": "Filter", "sourceFields": ["x"]}
             ]}
            """;

    private static List<Violation> validate(String json) {
        return FixtureContract.validate(json);
    }

    @Test
    void validDocumentHasNoViolations() {
        assertThat(validate(VALID)).isEmpty();
    }

    @Test
    void typeLevelFailuresGetSchemaIdsAndOwnMessages() {
        List<Violation> violations = validate("""
                {"name": "Bad Name", "kind": "Sometimes", "extra": 1}
                """);
        assertThat(violations).extracting(Violation::ruleId, Violation::pointer, Violation::severity)
                .containsExactlyInAnyOrder(
                        tuple("schema.pattern", "/name", Severity.ERROR),
                        tuple("schema.enum", "/kind", Severity.ERROR),
                        tuple("schema.additionalProperties", "/extra", Severity.ERROR));
        assertThat(violations).filteredOn(v -> v.ruleId().equals("schema.enum")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("Scheduled, Event, OnDemand"));
        assertThat(violations).filteredOn(v -> v.ruleId().equals("schema.additionalProperties")).singleElement()
                .satisfies(v -> assertThat(v.message())
                        .isEqualTo("member 'extra' is not defined in SampleRequest; check its spelling and placement"));
        assertThat(violations).filteredOn(v -> v.ruleId().equals("schema.pattern")).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("is not a valid Name"));
    }

    @Test
    void falsePropertySchemaIsReportedAtTheMemberAndLocatedAtTheFalseSchema() {
        List<Violation> violations = validate("{\"name\": \"a\", \"kind\": \"OnDemand\", \"legacy\": \"x\"}");
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("NO_LEGACY");
            assertThat(v.pointer()).isEqualTo("/legacy");
            assertThat(v.schemaLocation()).endsWith("#/$defs/NO_LEGACY/properties/legacy");
        });
    }

    @Test
    void dependentRequiredNamesTheMissingCompanion() {
        List<Violation> violations = validate("{\"name\": \"a\", \"kind\": \"OnDemand\", \"columns\": \"a\"}");
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("schema.dependentRequired");
            assertThat(v.pointer()).isEmpty();
            assertThat(v.message()).isEqualTo("member 'columns' also needs 'columnList'");
        });
    }

    @Test
    void misspeltMemberGetsASuggestion() {
        List<Violation> violations = validate("{\"name\": \"a\", \"kind\": \"OnDemand\", \"onwer\": \"x\"}");
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("schema.additionalProperties");
            assertThat(v.pointer()).isEqualTo("/onwer");
            assertThat(v.message()).endsWith("did you mean 'owner'?");
        });
    }

    @Test
    void violationsCarryLineAndColumnOfTheirPointer() {
        List<Violation> violations = validate("{\n  \"name\": \"alpha\",\n  \"kind\": \"Never\"\n}\n");
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("schema.enum");
            assertThat(v.line()).isEqualTo(3);
            assertThat(v.column()).isEqualTo(3);
            assertThat(v.schemaLocation()).isEqualTo("appflow/test/shapes.schema.json#/$defs/Kind/enum");
        });
    }

    @Test
    void missingMemberIsReportedAtItsObject() {
        List<Violation> violations = validate("{\"kind\": \"OnDemand\"}");
        assertThat(violations).extracting(Violation::ruleId, Violation::pointer, Violation::line)
                .containsExactly(tuple("schema.required", "", 1));
        assertThat(violations.get(0).message()).contains("'name'");
    }

    @Test
    void severalMissingMembersOfOneObjectAreOneViolationNamingThemAll() {
        List<Violation> violations = validate("{\"owner\": \"ann\"}");
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("schema.required");
            assertThat(v.message()).isEqualTo("missing required members 'kind', 'name'");
        });
    }

    @Test
    void orderedKeywordReportsTheUpperMember() {
        List<Violation> violations = validate("""
                {"name": "a", "kind": "OnDemand", "window": {"start": "2024-01-02T00:00:00Z", "end": "2024-01-01T00:00:00Z"}}
                """);
        assertThat(violations).extracting(Violation::ruleId, Violation::pointer, Violation::message)
                .containsExactly(tuple("WINDOW_ORDER", "/window/end", "Set 'end' at or after 'start'."));
    }

    @Test
    void splitEqualsKeywordReportsTheValueMember() {
        List<Violation> violations = validate("""
                {"name": "a", "kind": "OnDemand", "columns": "a,b,c", "columnList": ["a", "b"]}
                """);
        assertThat(violations).extracting(Violation::ruleId, Violation::pointer, Violation::severity)
                .containsExactly(tuple("COLUMNS_MATCH_LIST", "/columns", Severity.WARNING));
    }

    @Test
    void uniqueAndCoveredKeywordsReportEachOffendingValue() {
        List<Violation> violations = validate("""
                {"name": "a", "kind": "OnDemand", "tasks": [
                  {"taskType": "Projection", "sourceFields": ["x"], "destinationField": "p"},
                  {"taskType": "Map", "sourceFields": ["x"], "destinationField": "d"},
                  {"taskType": "Map", "sourceFields": ["y"], "destinationField": "d"},
                  {"taskType": "Map", "sourceFields": ["z"], "destinationField": "d"}
                ]}
                """);
        assertThat(violations).extracting(Violation::ruleId, Violation::pointer)
                .containsExactlyInAnyOrder(
                        tuple("DESTINATION_UNIQUE", "/tasks/2/destinationField"),
                        tuple("DESTINATION_UNIQUE", "/tasks/3/destinationField"),
                        tuple("PROJECTION_COVERS_MAPS", "/tasks/2/sourceFields/0"),
                        tuple("PROJECTION_COVERS_MAPS", "/tasks/3/sourceFields/0"));
    }

    @Test
    void ruleRequiredSubsumesTypeLevelRequiredOfTheSameMemberOnly() {
        List<Violation> violations = validate("{\"kind\": \"Scheduled\"}");
        assertThat(violations).extracting(Violation::ruleId, Violation::pointer)
                .containsExactlyInAnyOrder(tuple("SCHEDULED_NEEDS_OWNER", ""), tuple("schema.required", ""));
        assertThat(violations).filteredOn(v -> v.ruleId().equals("schema.required")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("'name'"));
    }

    @Test
    void failingAnyOfIsReportedOnceAtItsInstance() {
        List<Violation> violations = validate("{\"name\": \"a\", \"kind\": \"Event\", \"owner\": \"bob\"}");
        assertThat(violations).extracting(Violation::ruleId, Violation::pointer, Violation::severity)
                .containsExactly(tuple("EVENT_OWNER_FORM", "/owner", Severity.WARNING));
    }

    @Test
    void aWarningRuleAtThePointerOfATypeLevelErrorLeavesTheErrorReported() {
        // 'owner' too long (schema.maxLength, an error) and not a team name (EVENT_OWNER_FORM, a warning).
        List<Violation> violations = validate(
                "{\"name\": \"a\", \"kind\": \"Event\", \"owner\": \"somebody-else\"}");
        assertThat(violations).extracting(Violation::ruleId)
                .containsExactlyInAnyOrder("EVENT_OWNER_FORM", "schema.maxLength");
    }

    @Test
    void nestedRuleNodeOwnsItsFailuresAndEnclosingRuleOwnsTheRest() {
        List<Violation> violations = validate("""
                {"name": "a", "kind": "OnDemand", "tasks": [
                  {"taskType": "Filter", "sourceFields": ["x", "y"]},
                  {"taskType": "Map", "sourceFields": ["x"]}
                ]}
                """);
        assertThat(violations).extracting(Violation::ruleId, Violation::pointer, Violation::severity)
                .containsExactlyInAnyOrder(
                        tuple("TASK_SHAPE.filter-one-field", "/tasks/0/sourceFields", Severity.WARNING),
                        tuple("TASK_SHAPE", "/tasks/1", Severity.ERROR),
                        tuple("PROJECTION_COVERS_MAPS", "/tasks/1/sourceFields/0", Severity.WARNING),
                        tuple("TASKS_NEED_PROJECTION", "/tasks", Severity.ERROR));
    }

    @Test
    void failingContainsIsReportedAsContainsOfItsRuleAtTheArray() {
        List<Violation> violations = validate("""
                {"name": "a", "kind": "OnDemand", "tasks": [{"taskType": "Filter", "sourceFields": ["x"]}]}
                """);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("TASKS_NEED_PROJECTION");
            assertThat(v.pointer()).isEqualTo("/tasks");
            assertThat(v.schemaLocation()).endsWith("#/$defs/TASKS_NEED_PROJECTION/properties/tasks/contains");
        });
    }

    @Test
    void propertyNamesFailureIsReportedAtTheKeyAndNamesIt() {
        List<Violation> violations = validate(
                "{\"name\": \"a\", \"kind\": \"OnDemand\", \"labels\": {\"toolong\": \"v\"}}");
        assertThat(violations).extracting(Violation::ruleId, Violation::pointer)
                .containsExactly(tuple("schema.propertyNames", "/labels/toolong"));
        assertThat(violations.get(0).message()).contains("'toolong'");
    }

    @Test
    void treeWithoutPositionsGetsLineAndColumnZero() throws Exception {
        var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree("{\"kind\": \"OnDemand\"}");
        var failures = ReferenceEngine.forSchema(FixtureContract.RESOURCES, FixtureContract.CONTRACT).evaluate(tree);
        var violations = new org.appflowcontracts.validator.engine.FailureReducer(FixtureContract.RULES)
                .reduce(failures, org.appflowcontracts.validator.parse.LocatedDocument.withoutPositions(tree));
        assertThat(violations).extracting(Violation::line, Violation::column).containsExactly(tuple(0, 0));
    }
}
