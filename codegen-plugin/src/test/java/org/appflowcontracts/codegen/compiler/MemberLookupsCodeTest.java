package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that name many members of an object walk the object's own members with a switch on the name instead of
 * looking every name up: in checks (two rules on {@code tags}, applied together) and in tests (a rule under
 * {@code not}, whose required member is still looked up first). The findings are those of the lookups: each
 * present member once, absent ones never, unknown values deciding nothing.
 */
class MemberLookupsCodeTest {

    private static final String RULES = """
            {
              "$schema": "https://schemas.appflowcontracts.org/meta/2020-12/appflow-rules",
              "$id": "https://schemas.example.org/demo/rules/pipe.rules.json",
              "title": "Many members",
              "allOf": [{"$ref": "#/$defs/SHORT_FIRST"}, {"$ref": "#/$defs/SHORT_LAST"}, {"$ref": "#/$defs/NOT_ALL_X"}],
              "$defs": {
                "SHORT_FIRST": {"appflowRule": {"id": "SHORT_FIRST", "severity": "error", "message": "m"},
                  "properties": {"tags": {"properties": {"alpha": {"maxLength": 3}, "bravo": {"maxLength": 3},
                    "charlie": {"maxLength": 3}, "delta": {"maxLength": 3}, "echo": {"maxLength": 3}}}}},
                "SHORT_LAST": {"appflowRule": {"id": "SHORT_LAST", "severity": "warning", "message": "m"},
                  "properties": {"tags": {"properties": {"foxtrot": {"maxLength": 3}, "golf": {"maxLength": 3},
                    "hotel": {"maxLength": 3}, "india": {"maxLength": 3}, "juliet": {"maxLength": 3}}}}},
                "NOT_ALL_X": {"appflowRule": {"id": "NOT_ALL_X", "severity": "info", "message": "m"},
                  "not": {"properties": {"tags": {"required": ["alpha"], "properties": {"alpha": {"const": "x"},
                    "bravo": {"const": "x"}, "charlie": {"const": "x"}, "delta": {"const": "x"}, "echo": {"const": "x"},
                    "foxtrot": {"const": "x"}, "golf": {"const": "x"}, "hotel": {"const": "x"}, "india": {"const": "x"}}}}}}
              }
            }""";

    @TempDir
    static Path work;

    private static CompiledPipeRules compiled;

    @BeforeAll
    static void compile() throws IOException {
        compiled = CompiledPipeRules.compile(work, RULES);
    }

    private static List<String> findings(String tags) throws Exception {
        return compiled.findingsOfMember("tags", tags);
    }

    @Test
    void manyNamesAreDispatchedBySwitchInChecksAndTests() {
        String checks = compiled.source("CreatePipeRequestContractSchemaChecks.java");
        assertThat(checks).contains("case \"alpha\" ->", "case \"juliet\" ->").doesNotContain("get(\"juliet\")");
        String rules = compiled.source("RulesPipeRulesChecks.java");
        // The required member is looked up first in the test; the eight others go through the switch.
        assertThat(rules).contains("get(\"alpha\")", "case \"india\" ->").doesNotContain("get(\"india\")");
    }

    @Test
    void eachPresentMemberIsCheckedOnce() throws Exception {
        assertThat(findings("{\"alpha\": \"abcd\", \"bravo\": \"ab\", \"hotel\": \"abcdef\", \"zulu\": \"abcdef\"}"))
                .containsExactly("SHORT_FIRST /tags/alpha", "SHORT_LAST /tags/hotel");
        assertThat(findings("{}")).isEmpty();
    }

    @Test
    void testsGiveTheConjunctionOfTheNamedMembers() throws Exception {
        assertThat(findings("{\"alpha\": \"x\", \"hotel\": \"x\", \"zulu\": \"y\"}")).containsExactly("NOT_ALL_X ");
        assertThat(findings("{\"alpha\": \"x\", \"hotel\": \"y\"}")).isEmpty();
        assertThat(findings("{\"hotel\": \"x\"}")).isEmpty();
    }

    @Test
    void unknownValuesDecideNothing() throws Exception {
        assertThat(findings("{\"alpha\": \"x\", \"hotel\": \"<unknown>\"}")).isEmpty();
        assertThat(findings("{\"alpha\": \"<unknown>\", \"bravo\": \"abcd\", \"india\": \"<unknown>\"}"))
                .containsExactly("SHORT_FIRST /tags/bravo");
    }
}
