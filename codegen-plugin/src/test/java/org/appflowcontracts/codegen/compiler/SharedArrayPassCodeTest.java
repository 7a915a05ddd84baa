package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules over the same array (an item rule, a bounded {@code contains} next to an {@code items}, an
 * {@code appflowUnique}, an {@code appflowCovered} under an {@code if} on the array whose {@code contains} and
 * {@code not contains} are decided in the loop too) compile into one loop over its items; each reports exactly
 * what it reports on its own, with unknown values ({@code "<unknown>"}) deciding nothing.
 */
class SharedArrayPassCodeTest {

    private static final String RULES = """
            {
              "$schema": "https://schemas.appflowcontracts.org/meta/2020-12/appflow-rules",
              "$id": "https://schemas.example.org/demo/rules/pipe.rules.json",
              "title": "Shared array pass",
              "allOf": [
                {"$ref": "#/$defs/MAP_NEEDS_FIELDS"}, {"$ref": "#/$defs/UNIQUE_NAMES"}, {"$ref": "#/$defs/COVERED_WHEN_FILTERED"}
              ],
              "$defs": {
                "MAP_NEEDS_FIELDS": {"appflowRule": {"id": "MAP_NEEDS_FIELDS", "severity": "error", "message": "m"},
                  "properties": {"stages": {
                    "items": {"if": {"required": ["kind"], "properties": {"kind": {"const": "Map"}}}, "then": {"required": ["fields"]}},
                    "allOf": [{"appflowRule": {"id": "MAP_NEEDS_FIELDS.single", "severity": "warning", "message": "m"},
                      "contains": {"$ref": "#/$defs/isMapAll"}, "minContains": 0, "maxContains": 1}]}}},
                "UNIQUE_NAMES": {"appflowRule": {"id": "UNIQUE_NAMES", "severity": "warning", "message": "m"},
                  "properties": {"stages": {"appflowUnique": {"where": {"type": "object"}, "member": "name"}}}},
                "COVERED_WHEN_FILTERED": {"appflowRule": {"id": "COVERED_WHEN_FILTERED", "severity": "info", "message": "m"},
                  "properties": {"stages": {
                    "if": {"type": "array", "contains": {"required": ["kind"], "properties": {"kind": {"const": "Filter"}}},
                      "not": {"contains": {"$ref": "#/$defs/isMapAll"}}},
                    "then": {"appflowCovered": {
                      "values": {"where": {"required": ["kind"], "properties": {"kind": {"const": "Filter"}}}, "member": "fields"},
                      "by": [{"where": {"required": ["kind"], "properties": {"kind": {"const": "Map"}}}, "member": "fields"}]}}}}},
                "isMapAll": {"type": "object", "required": ["kind"], "properties": {"kind": {"const": "Map_all"}}}
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
        return compiled.findingsOfMember("stages", stages);
    }

    @Test
    void theRulesOverTheStagesShareOneLoop() {
        String checks = compiled.source("CreatePipeRequestContractSchemaChecks.java");
        Matcher method = Pattern.compile("static void check_root_stages\\(.*?\n    }\n", Pattern.DOTALL).matcher(checks);
        assertThat(method.find()).isTrue();
        String stages = method.group();
        // One loop over the stages, then the covered side's check (written for an open and a closed covering side).
        assertThat(stages.split("for \\(int \\w+ = 0; \\w+ < n\\.size\\(\\)", -1)).hasSize(4);
        assertThat(stages).contains("// MAP_NEEDS_FIELDS.single", "// UNIQUE_NAMES", "// COVERED_WHEN_FILTERED")
                .doesNotContain("check_UNIQUE_NAMES", "check_COVERED_WHEN_FILTERED", "check_MAP_NEEDS_FIELDS_properties_stages(");
        // The covering rule's condition is decided from the loop's verdicts, not by a walk of its own.
        assertThat(stages).doesNotContain("_if(n)").contains("|= ");
        // The stages' kind, which the item tests test, is read once per stage for all of them.
        assertThat(stages.split("\\.get\\(\"kind\"\\)", -1)).hasSize(2);
        // Another document's rule inlined here names its own document, not the contract.
        assertThat(stages).contains("\"rules/pipe.rules.json\", \"/$defs/UNIQUE_NAMES/properties/stages/appflowUnique\"");
    }

    @Test
    void eachRuleReportsWhatItReportsAlone() throws Exception {
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Map\", \"fields\": [\"x\"]}, {\"name\": \"b\", \"kind\": \"Filter\", \"fields\": [\"x\", \"y\"]}]"))
                .containsExactly("COVERED_WHEN_FILTERED /stages/1/fields/1");
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Map\"}, {\"name\": \"a\", \"kind\": \"Map_all\"}, {\"name\": \"c\", \"kind\": \"Map_all\"}]"))
                .containsExactly("MAP_NEEDS_FIELDS.single /stages", "MAP_NEEDS_FIELDS /stages/0", "UNIQUE_NAMES /stages/1/name");
        // A Map_all stage, before or after the Filter: the condition is FALSE.
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Map_all\"}, {\"name\": \"b\", \"kind\": \"Filter\", \"fields\": [\"z\"]}]"))
                .isEmpty();
        assertThat(findings("[{\"name\": \"b\", \"kind\": \"Filter\", \"fields\": [\"z\"]}, {\"name\": \"a\", \"kind\": \"Map_all\"}]"))
                .isEmpty();
        // No Filter stage: the covering rule's condition is FALSE, whatever was collected.
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Map\", \"fields\": [\"x\"]}, {\"name\": \"b\", \"kind\": \"Map_all\", \"fields\": [\"y\"]}]"))
                .isEmpty();
        // A kind of another type leaves the tests to decide alone.
        assertThat(findings("[{\"name\": \"a\", \"kind\": 7, \"fields\": [\"z\"]}, {\"name\": \"b\", \"kind\": \"Filter\", \"fields\": [\"z\"]}]"))
                .containsExactly("schema.enum /stages/0/kind", "schema.type /stages/0/kind", "COVERED_WHEN_FILTERED /stages/1/fields/0");
        assertThat(findings("[\"a\", {\"name\": \"b\", \"kind\": \"Filter\", \"fields\": [\"z\"]}]"))
                .containsExactly("schema.type /stages/0", "COVERED_WHEN_FILTERED /stages/1/fields/0");
    }

    @Test
    void unknownValuesDecideNothing() throws Exception {
        // An unknown stage may be a Map covering the field, a second Map_all or a stage of the same name.
        assertThat(findings("[\"<unknown>\", {\"name\": \"b\", \"kind\": \"Filter\", \"fields\": [\"z\"]}]")).isEmpty();
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Map_all\"}, {\"name\": \"b\", \"kind\": \"<unknown>\"}]")).isEmpty();
        // A Filter stage and one that may be a Map_all: the condition is undecided, nothing is reported.
        assertThat(findings("[{\"name\": \"b\", \"kind\": \"Filter\", \"fields\": [\"z\"]}, {\"name\": \"c\", \"kind\": \"<unknown>\"}]"))
                .isEmpty();
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Map_all\"}, {\"name\": \"<unknown>\", \"kind\": \"Map\", \"fields\": []}]"))
                .isEmpty();
        // A stage whose kind is unknown may or may not be the Filter the condition looks for.
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"<unknown>\", \"fields\": [\"q\"]}, {\"name\": \"b\", \"kind\": \"Map\", \"fields\": [\"x\"]}]"))
                .isEmpty();
        assertThat(findings("\"<unknown>\"")).isEmpty();
    }
}
