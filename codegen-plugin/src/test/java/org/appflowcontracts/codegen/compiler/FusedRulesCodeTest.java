package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that reach the same array items and switch on the same discriminator are compiled together (one walk,
 * one switch); this checks that the grouped code keeps the JSON Schema meaning in the corners: values selecting
 * several branches, enum and const tags, a tag of the wrong type, a missing tag, and items that are not objects
 * (where every if-condition holds, so every branch applies).
 */
class FusedRulesCodeTest {

    private static final String RULES = """
            {
              "$schema": "https://schemas.appflowcontracts.org/meta/2020-12/appflow-rules",
              "$id": "https://schemas.example.org/demo/rules/pipe.rules.json",
              "title": "Stage rules",
              "allOf": [
                {"$ref": "#/$defs/MAP_NEEDS_FIELDS"},
                {"$ref": "#/$defs/FILTER_NEEDS_WEIGHT"},
                {"$ref": "#/$defs/NAMED_KINDS_OBJECT"},
                {"$ref": "#/$defs/FIELDS_SHORT"},
                {"$ref": "#/$defs/ALL_MAP_WITH_FIELDS"}
              ],
              "$defs": {
                "MAP_NEEDS_FIELDS": {
                  "appflowRule": {"id": "MAP_NEEDS_FIELDS", "severity": "error", "message": "Give Map stages fields."},
                  "properties": {"stages": {"items": {
                    "if": {"required": ["kind"], "properties": {"kind": {"const": "Map"}}},
                    "then": {"type": "object", "required": ["fields"]}}}}
                },
                "FILTER_NEEDS_WEIGHT": {
                  "appflowRule": {"id": "FILTER_NEEDS_WEIGHT", "severity": "warning", "message": "Weigh Filter stages."},
                  "properties": {"stages": {"items": {
                    "if": {"required": ["kind"], "properties": {"kind": {"const": "Filter"}}},
                    "then": {"type": "object", "required": ["weight"]}}}}
                },
                "NAMED_KINDS_OBJECT": {
                  "appflowRule": {"id": "NAMED_KINDS_OBJECT", "severity": "info", "message": "Map and Filter stages carry one field at most."},
                  "properties": {"stages": {"items": {
                    "if": {"required": ["kind"], "properties": {"kind": {"enum": ["Map", "Filter"]}}},
                    "then": {"type": "object", "properties": {"fields": {"maxItems": 1}}}}}}
                },
                "FIELDS_SHORT": {
                  "appflowRule": {"id": "FIELDS_SHORT", "severity": "warning", "message": "Keep field names short."},
                  "properties": {"stages": {"items": {"properties": {"fields": {"items": {"maxLength": 5}}}}}}
                },
                "ALL_MAP_WITH_FIELDS": {
                  "appflowRule": {"id": "ALL_MAP_WITH_FIELDS", "severity": "info", "message": "Only Map stages with fields."},
                  "not": {"allOf": [
                    {"properties": {"stages": {"items": {"required": ["fields"]}}}},
                    {"properties": {"stages": {"items": {"properties": {"kind": {"const": "Map"}}}}}}
                  ]}
                }
              }
            }""";

    @TempDir
    static Path work;

    private static CompiledPipeRules compiled;

    @BeforeAll
    static void compile() throws IOException {
        compiled = CompiledPipeRules.compile(work, RULES);
    }

    private static List<String> findings(String stages) throws Exception {
        return compiled.validate("{\"pipeName\": \"orders\", \"connectorType\": \"Salesforce\", \"stages\": " + stages + "}")
                .stream().map(f -> f.ruleId() + " " + f.pointer()).toList();
    }

    @Test
    void theRulesAreCompiledIntoOneWalkWithOneSwitch() throws IOException {
        String checks = compiled.source("CreatePipeRequestContractSchemaChecks.java");
        assertThat(checks).contains("switch (").contains("case \"Map\" ->").contains("case \"Filter\" ->");
        assertThat(checks.split("for \\(int ", -1)).hasSize(2);
        // The two subschemas under "not" are grouped in a test method of their own.
        assertThat(compiled.source("RulesPipeRulesChecks.java")).containsPattern(
                "Applies 2 subschemas of [^\n]*\n\\s*\\*/\n\\s*static int ");
    }

    @Test
    void eachTagSelectsEveryBranchItBelongsTo() throws Exception {
        assertThat(findings("""
                [{"name": "m", "kind": "Map", "fields": ["a", "b"]},
                 {"name": "f", "kind": "Filter", "fields": ["abcdefg"]},
                 {"name": "j", "kind": "Map_all"}]""")).containsExactlyInAnyOrder(
                "NAMED_KINDS_OBJECT /stages/0/fields",
                "FILTER_NEEDS_WEIGHT /stages/1",
                "FIELDS_SHORT /stages/1/fields/0");
        assertThat(findings("[{\"name\": \"m\", \"kind\": \"Map\"}]")).containsExactly("MAP_NEEDS_FIELDS /stages/0");
    }

    @Test
    void aMissingOrMistypedTagSelectsNoBranch() throws Exception {
        assertThat(findings("[{\"name\": \"m\"}]")).containsExactly("schema.required /stages/0");
        assertThat(findings("[{\"name\": \"m\", \"kind\": 7}]"))
                .contains("schema.type /stages/0/kind")
                .allMatch(f -> f.startsWith("schema."));
    }

    @Test
    void anItemThatIsNotAnObjectMeetsEveryCondition() throws Exception {
        // required/properties hold on a non-object, so every then applies; each then's type check fails there.
        assertThat(findings("[\"Map\"]")).containsExactlyInAnyOrder(
                "MAP_NEEDS_FIELDS /stages/0", "FILTER_NEEDS_WEIGHT /stages/0", "NAMED_KINDS_OBJECT /stages/0",
                "ALL_MAP_WITH_FIELDS ");
    }

    @Test
    void groupedSubschemasInsideATestDecideTogether() throws Exception {
        // ALL_MAP_WITH_FIELDS is a "not" over two subschemas that walk the same items: compiled as one test.
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Map\", \"fields\": [\"x\"]}]"))
                .containsExactly("ALL_MAP_WITH_FIELDS ");
        assertThat(findings("""
                [{"name": "a", "kind": "Map", "fields": ["x"]},
                 {"name": "b", "kind": "Filter", "fields": ["x"], "weight": 1}]""")).isEmpty();
    }
}
