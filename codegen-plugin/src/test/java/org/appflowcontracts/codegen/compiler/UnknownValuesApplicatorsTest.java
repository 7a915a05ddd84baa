package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kleene's three-valued logic in the applicators and array keywords when the document holds values it does not
 * fix ({@code "<unknown>"}): each keyword is reported only when it fails whatever the unknowns are, and each
 * {@code NOT_*} rule (a {@code not} over the same keyword) shows the test's verdict: reported when TRUE, not when
 * UNKNOWN or FALSE.
 */
class UnknownValuesApplicatorsTest {

    private static final String A1 = "{\"required\": [\"a\"], \"properties\": {\"a\": {\"const\": \"1\"}}}";
    private static final String B1 = "{\"required\": [\"b\"], \"properties\": {\"b\": {\"const\": \"1\"}}}";
    private static final String C1 = "{\"required\": [\"c\"], \"properties\": {\"c\": {\"const\": \"1\"}}}";
    private static final String FILTER = "{\"required\": [\"kind\"], \"properties\": {\"kind\": {\"const\": \"Filter\"}}}";
    private static final String IF = "\"if\": " + A1 + ", \"then\": {\"required\": [\"t\"]}, \"else\": {\"required\": [\"e\"]}";

    private static final String RULES = """
            {
              "$schema": "https://schemas.appflowcontracts.org/meta/2020-12/appflow-rules",
              "$id": "https://schemas.example.org/demo/rules/pipe.rules.json",
              "title": "Three-valued keywords",
              "allOf": [
                {"$ref": "#/$defs/ANY"}, {"$ref": "#/$defs/NOT_ANY"}, {"$ref": "#/$defs/ONE"}, {"$ref": "#/$defs/NOT_ONE"},
                {"$ref": "#/$defs/IF"}, {"$ref": "#/$defs/NOT_IF"}, {"$ref": "#/$defs/CONTAINS"},
                {"$ref": "#/$defs/NOT_CONTAINS"}, {"$ref": "#/$defs/UNIQUE"}, {"$ref": "#/$defs/NOT_UNIQUE"},
                {"$ref": "#/$defs/NOT_ORDERED"}
              ],
              "$defs": {
                "ANY": {"appflowRule": {"id": "ANY", "severity": "warning", "message": "m"},
                  "properties": {"tags": {"anyOf": [A1, B1]}}},
                "NOT_ANY": {"appflowRule": {"id": "NOT_ANY", "severity": "warning", "message": "m"},
                  "properties": {"tags": {"not": {"anyOf": [A1, B1]}}}},
                "ONE": {"appflowRule": {"id": "ONE", "severity": "warning", "message": "m"},
                  "properties": {"tags": {"oneOf": [A1, B1, C1]}}},
                "NOT_ONE": {"appflowRule": {"id": "NOT_ONE", "severity": "warning", "message": "m"},
                  "properties": {"tags": {"not": {"oneOf": [A1, B1, C1]}}}},
                "IF": {"appflowRule": {"id": "IF", "severity": "warning", "message": "m"},
                  "properties": {"tags": {IF}}},
                "NOT_IF": {"appflowRule": {"id": "NOT_IF", "severity": "warning", "message": "m"},
                  "properties": {"tags": {"not": {IF}}}},
                "CONTAINS": {"appflowRule": {"id": "CONTAINS", "severity": "warning", "message": "m"},
                  "properties": {"stages": {"contains": FILTER, "minContains": 2, "maxContains": 3}}},
                "NOT_CONTAINS": {"appflowRule": {"id": "NOT_CONTAINS", "severity": "warning", "message": "m"},
                  "properties": {"stages": {"not": {"contains": FILTER}}}},
                "UNIQUE": {"appflowRule": {"id": "UNIQUE", "severity": "warning", "message": "m"},
                  "properties": {"stages": {"uniqueItems": true}}},
                "NOT_UNIQUE": {"appflowRule": {"id": "NOT_UNIQUE", "severity": "warning", "message": "m"},
                  "properties": {"stages": {"not": {"uniqueItems": true}}}},
                "NOT_ORDERED": {"appflowRule": {"id": "NOT_ORDERED", "severity": "warning", "message": "m"},
                  "properties": {"schedule": {"not": {"appflowOrdered": {"lower": "startTime", "upper": "endTime", "strict": true, "as": "decimal"}}}}}
              }
            }""".replace("A1", A1).replace("B1", B1).replace("C1", C1).replace("FILTER", FILTER).replace("{IF}", "{" + IF + "}");

    @TempDir
    static Path work;

    private static CompiledPipeRules compiled;

    @BeforeAll
    static void compile() throws IOException {
        compiled = CompiledPipeRules.compile(work, RULES);
    }

    /** The rule ids reported (warnings only: the rules of this document) for a pipe with these members. */
    private static List<String> rules(String members) throws Exception {
        return compiled.validateWithUnknowns("{\"pipeName\": \"orders\", \"connectorType\": \"Salesforce\", " + members + "}")
                .stream().filter(f -> f.severity().equals("warning")).map(CompiledPipeRules.Finding::ruleId).sorted().toList();
    }

    private static List<String> tagRules(String tags) throws Exception {
        return rules("\"tags\": " + tags).stream().filter(id -> !id.contains("IF")).toList();
    }

    @Test
    void anyOfHoldsOnceABranchHoldsAndIsUndecidedWhileABranchIs() throws Exception {
        assertThat(tagRules("{\"a\": \"2\", \"b\": \"2\"}")).contains("ANY").doesNotContain("NOT_ANY");
        assertThat(tagRules("{\"a\": \"1\", \"b\": \"<unknown>\"}")).contains("NOT_ANY").doesNotContain("ANY");
        assertThat(tagRules("{\"a\": \"2\", \"b\": \"<unknown>\"}")).doesNotContain("ANY", "NOT_ANY");
        assertThat(tagRules("{\"a\": \"<unknown>\"}")).doesNotContain("ANY", "NOT_ANY");
    }

    @Test
    void oneOfFailsOnTwoMatchesOrNoneAndIsUndecidedOtherwise() throws Exception {
        assertThat(tagRules("{\"a\": \"1\", \"b\": \"1\", \"c\": \"<unknown>\"}")).contains("ONE").doesNotContain("NOT_ONE");
        assertThat(tagRules("{\"a\": \"2\", \"b\": \"2\", \"c\": \"2\"}")).contains("ONE").doesNotContain("NOT_ONE");
        assertThat(tagRules("{\"a\": \"1\", \"b\": \"2\", \"c\": \"2\"}")).contains("NOT_ONE").doesNotContain("ONE");
        assertThat(tagRules("{\"a\": \"1\", \"b\": \"<unknown>\", \"c\": \"2\"}")).doesNotContain("ONE", "NOT_ONE");
        assertThat(tagRules("{\"a\": \"<unknown>\", \"b\": \"2\"}")).doesNotContain("ONE", "NOT_ONE");
    }

    @Test
    void anUnknownConditionSelectsNeitherBranch() throws Exception {
        assertThat(rules("\"tags\": {\"a\": \"1\"}")).contains("IF");
        assertThat(rules("\"tags\": {\"a\": \"2\"}")).contains("IF");
        assertThat(rules("\"tags\": {\"a\": \"<unknown>\"}")).doesNotContain("IF", "NOT_IF");
        // Both branches hold, so the if holds whatever the condition: the test is TRUE and "not" fails.
        assertThat(rules("\"tags\": {\"a\": \"<unknown>\", \"t\": \"x\", \"e\": \"x\"}")).contains("NOT_IF").doesNotContain("IF");
        assertThat(rules("\"tags\": {\"a\": \"<unknown>\", \"t\": \"x\"}")).doesNotContain("IF", "NOT_IF");
    }

    private static String stages(String... kinds) {
        StringBuilder b = new StringBuilder("\"stages\": [");
        for (int i = 0; i < kinds.length; i++) {
            b.append(i == 0 ? "" : ", ").append(kinds[i].equals("<unknown>") ? "\"<unknown>\""
                    : "{\"name\": \"s" + i + "\", \"kind\": \"" + kinds[i] + "\"}");
        }
        return b.append("]").toString();
    }

    @Test
    void containsBoundsFailOnlyWhenEveryOutcomeOfTheUnknownItemsFails() throws Exception {
        assertThat(rules(stages("Filter", "Map", "Map"))).contains("CONTAINS", "NOT_CONTAINS");
        assertThat(rules(stages("Filter", "<unknown>", "Map"))).doesNotContain("CONTAINS");
        assertThat(rules(stages("Filter", "Filter", "Filter", "Filter", "<unknown>"))).contains("CONTAINS");
        assertThat(rules(stages("Filter", "Filter", "Filter", "<unknown>"))).doesNotContain("CONTAINS");
        assertThat(rules(stages("Map", "<unknown>"))).doesNotContain("NOT_CONTAINS");
        assertThat(rules(stages("Map", "Map"))).doesNotContain("NOT_CONTAINS");
    }

    @Test
    void uniqueItemsReportsOnlyDuplicatesAmongKnownItems() throws Exception {
        assertThat(rules(stages("Map", "Map"))).doesNotContain("UNIQUE").contains("NOT_UNIQUE");
        // The unknown item may equal a known one: no duplicate is certain, nor is uniqueness.
        assertThat(rules(stages("Map", "Map", "<unknown>"))).doesNotContain("UNIQUE", "NOT_UNIQUE");
        String twins = "\"stages\": [{\"name\": \"a\", \"kind\": \"Map\"}, {\"name\": \"a\", \"kind\": \"Map\"}, \"<unknown>\"]";
        assertThat(rules(twins)).contains("UNIQUE").doesNotContain("NOT_UNIQUE");
        String maybe = "\"stages\": [{\"name\": \"a\", \"kind\": \"Map\"}, {\"name\": \"a\", \"kind\": \"<unknown>\"}]";
        assertThat(rules(maybe)).doesNotContain("UNIQUE", "NOT_UNIQUE");
    }

    @Test
    void orderedWithAnUnknownBoundIsUndecided() throws Exception {
        assertThat(rules("\"schedule\": {\"startTime\": 1, \"endTime\": 2}")).contains("NOT_ORDERED");
        assertThat(rules("\"schedule\": {\"startTime\": \"<unknown>\", \"endTime\": 2}")).doesNotContain("NOT_ORDERED");
    }
}
