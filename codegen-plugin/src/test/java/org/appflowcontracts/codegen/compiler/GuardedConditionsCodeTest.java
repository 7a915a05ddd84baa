package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conditions that test a tag among other things ("a Map stage with two fields or more", "a Filter stage with a
 * weight") join the switch on that tag: a tag of another value skips them; their own tag values, a missing tag,
 * a tag of the wrong type, a non-object and unknown values ({@code "<unknown>"}) apply them whole, so every
 * verdict is the one the condition gives on its own, in checks and (under {@code not}) in tests alike.
 */
class GuardedConditionsCodeTest {

    private static final String WIDE_MAP = "{\"if\": {\"$ref\": \"#/$defs/isWideMap\"}, \"then\": {\"required\": [\"weight\"]}}";
    private static final String WEIGHED_FILTER = "{\"if\": {\"allOf\": [{\"properties\": {\"kind\": {\"enum\": [\"Filter\"]}}},"
            + " {\"required\": [\"weight\"]}]}, \"then\": {\"properties\": {\"weight\": {\"maximum\": 10}}}}";

    private static final String RULES = """
            {
              "$schema": "https://schemas.appflowcontracts.org/meta/2020-12/appflow-rules",
              "$id": "https://schemas.example.org/demo/rules/pipe.rules.json",
              "title": "Guarded conditions",
              "allOf": [
                {"$ref": "#/$defs/MAP_NEEDS_FIELDS"}, {"$ref": "#/$defs/WIDE_MAP_WEIGHED"},
                {"$ref": "#/$defs/HEAVY_FILTER_LIGHT"}, {"$ref": "#/$defs/ALL_STAGES_FINE"}
              ],
              "$defs": {
                "MAP_NEEDS_FIELDS": {"appflowRule": {"id": "MAP_NEEDS_FIELDS", "severity": "error", "message": "m"},
                  "properties": {"stages": {"items": {
                    "if": {"required": ["kind"], "properties": {"kind": {"const": "Map"}}}, "then": {"required": ["fields"]}}}}},
                "WIDE_MAP_WEIGHED": {"appflowRule": {"id": "WIDE_MAP_WEIGHED", "severity": "warning", "message": "m"},
                  "properties": {"stages": {"items": WIDE_MAP}}},
                "HEAVY_FILTER_LIGHT": {"appflowRule": {"id": "HEAVY_FILTER_LIGHT", "severity": "warning", "message": "m"},
                  "properties": {"stages": {"items": WEIGHED_FILTER}}},
                "ALL_STAGES_FINE": {"appflowRule": {"id": "ALL_STAGES_FINE", "severity": "info", "message": "m"},
                  "not": {"properties": {"stages": {"items": {"allOf": [WIDE_MAP, WEIGHED_FILTER]}}}}},
                "isWideMap": {"type": "object", "required": ["kind", "fields"],
                  "properties": {"kind": {"const": "Map"}, "fields": {"minItems": 2}}}
              }
            }""".replace("WIDE_MAP}", WIDE_MAP + "}").replace("WEIGHED_FILTER}", WEIGHED_FILTER + "}")
            .replace("[WIDE_MAP, WEIGHED_FILTER]", "[" + WIDE_MAP + ", " + WEIGHED_FILTER + "]");

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
    void theGuardedConditionsJoinTheSwitchOnTheirTag() {
        String checks = compiled.source("CreatePipeRequestContractSchemaChecks.java");
        assertThat(checks.split("switch \\(", -1)).hasSize(2);
        assertThat(checks).containsPattern("case \"Map\" -> \\{\\s*\\S*check_MAP_NEEDS_FIELDS\\S*\\(n, p, out\\);"
                + "\\s*\\S*check_WIDE_MAP_WEIGHED\\S*\\(n, p, out\\);\\s*}\\s*case \"Filter\" -> \\{\\s*\\S*check_HEAVY_FILTER_LIGHT");
    }

    @Test
    void theirOwnTagAppliesThemWhole() throws Exception {
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Map\", \"fields\": [\"x\", \"y\"]}]"))
                .containsExactly("WIDE_MAP_WEIGHED /stages/0");
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Map\", \"fields\": [\"x\"]}]")).containsExactly("ALL_STAGES_FINE ");
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Filter\", \"weight\": 11}]"))
                .containsExactly("HEAVY_FILTER_LIGHT /stages/0/weight");
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Filter\", \"weight\": 9}]")).containsExactly("ALL_STAGES_FINE ");
    }

    @Test
    void anotherTagSkipsThem() throws Exception {
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Map_all\", \"fields\": [\"x\", \"y\"], \"weight\": 11}]"))
                .containsExactly("ALL_STAGES_FINE ");
    }

    @Test
    void aMissingOrMistypedTagOrANonObjectLeavesThemToTheirCondition() throws Exception {
        // Without a kind the Filter condition holds on the weight alone.
        assertThat(findings("[{\"name\": \"a\", \"weight\": 11}]"))
                .containsExactly("schema.required /stages/0", "HEAVY_FILTER_LIGHT /stages/0/weight");
        assertThat(findings("[{\"name\": \"a\", \"kind\": 7, \"weight\": 11, \"fields\": [\"x\", \"y\"]}]"))
                .contains("ALL_STAGES_FINE ").noneMatch(f -> f.startsWith("HEAVY") || f.startsWith("WIDE"));
        assertThat(findings("[\"Map\"]")).containsExactly("ALL_STAGES_FINE ", "schema.type /stages/0");
    }

    @Test
    void anUnknownTagOrValueDecidesNothing() throws Exception {
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"<unknown>\", \"fields\": [\"x\", \"y\"]}]")).isEmpty();
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Filter\", \"weight\": \"<unknown>\"}]")).isEmpty();
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Filter\", \"weight\": 12}, {\"name\": \"b\", \"kind\": \"<unknown>\"}]"))
                .containsExactly("HEAVY_FILTER_LIGHT /stages/0/weight");
        assertThat(findings("[{\"name\": \"a\", \"kind\": \"Map\", \"fields\": \"<unknown>\"}]")).isEmpty();
    }
}
