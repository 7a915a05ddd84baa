package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tagged unions compiled into one switch, and {@code appflowSplitEquals}, with values the document does not fix
 * ({@code "<unknown>"}): an unknown tag, or an unknown value on the way to it, selects no branch (a check
 * reports nothing, a test is UNKNOWN); a split that reads an unknown value is never reported; a rule undecided at
 * a pointer hides the type-level findings there as a reported one would.
 */
class UnknownValuesDiscriminatedTest {

    private static final String TEAM_DATA = "{\"if\": {\"required\": [\"tags\"], \"properties\": {\"tags\": {\"required\": [\"team\"],"
            + " \"properties\": {\"team\": {\"const\": \"data\"}}}}}, \"then\": {\"required\": [\"schedule\"]}}";
    private static final String TEAM_OPS = "{\"if\": {\"required\": [\"tags\"], \"properties\": {\"tags\": {\"required\": [\"team\"],"
            + " \"properties\": {\"team\": {\"enum\": [\"ops\", \"sre\"]}}}}}, \"then\": {\"required\": [\"stages\"]}}";

    private static final String RULES = """
            {
              "$schema": "https://schemas.appflowcontracts.org/meta/2020-12/appflow-rules",
              "$id": "https://schemas.example.org/demo/rules/pipe.rules.json",
              "title": "Tagged unions and splits",
              "allOf": [
                {"$ref": "#/$defs/TEAM_DATA"}, {"$ref": "#/$defs/TEAM_OPS"}, {"$ref": "#/$defs/ENV_PROD"},
                {"$ref": "#/$defs/ENV_TEST"}, {"$ref": "#/$defs/NO_TEAM_RULE_APPLIES"}, {"$ref": "#/$defs/SPLIT"},
                {"$ref": "#/$defs/SAP_NAMES"}
              ],
              "$defs": {
                "TEAM_DATA": {"appflowRule": {"id": "TEAM_DATA", "severity": "warning", "message": "m"},
                  "allOf": [TEAM_DATA]},
                "TEAM_OPS": {"appflowRule": {"id": "TEAM_OPS", "severity": "warning", "message": "m"},
                  "allOf": [TEAM_OPS]},
                "ENV_PROD": {"appflowRule": {"id": "ENV_PROD", "severity": "warning", "message": "m"},
                  "if": {"properties": {"tags": {"properties": {"env": {"const": "prod"}}}}}, "then": {"required": ["schedule"]}},
                "ENV_TEST": {"appflowRule": {"id": "ENV_TEST", "severity": "warning", "message": "m"},
                  "if": {"properties": {"tags": {"properties": {"env": {"const": "test"}}}}}, "then": {"required": ["stages"]}},
                "NO_TEAM_RULE_APPLIES": {"appflowRule": {"id": "NO_TEAM_RULE_APPLIES", "severity": "warning", "message": "m"},
                  "not": {"allOf": [TEAM_DATA, TEAM_OPS]}},
                "SAP_NAMES": {"appflowRule": {"id": "SAP_NAMES", "severity": "error", "message": "m"},
                  "if": {"required": ["connectorType"], "properties": {"connectorType": {"const": "SAPOData"}}},
                  "then": {"properties": {"pipeName": {"pattern": "^x+$"}}}},
                "SPLIT": {"appflowRule": {"id": "SPLIT", "severity": "warning", "message": "m"},
                  "properties": {"stages": {"items": {"appflowSplitEquals": {"value": "/name", "items": "/fields", "separator": ","}}}}}
              }
            }""".replace("TEAM_DATA]", TEAM_DATA + "]").replace("TEAM_OPS]", TEAM_OPS + "]").replace("[TEAM_DATA, ", "[" + TEAM_DATA + ", ");

    @TempDir
    static Path work;

    private static CompiledPipeRules compiled;

    @BeforeAll
    static void compile() throws IOException {
        compiled = CompiledPipeRules.compile(work, RULES);
    }

    private static List<String> rules(String members) throws Exception {
        return compiled.validateWithUnknowns("{\"pipeName\": \"orders\", \"connectorType\": \"Salesforce\", " + members + "}")
                .stream().filter(f -> f.severity().equals("warning")).map(f -> f.ruleId() + " " + f.pointer()).sorted().toList();
    }

    @Test
    void theRulesShareOneSwitch() {
        assertThat(compiled.source("CreatePipeRequestContractSchemaChecks.java")).contains("case \"data\" ->").contains("case \"prod\" ->");
    }

    @Test
    void anUnknownTagSelectsNoBranch() throws Exception {
        assertThat(rules("\"tags\": {\"team\": \"data\", \"env\": \"prod\"}")).containsExactly("ENV_PROD ", "TEAM_DATA ");
        assertThat(rules("\"tags\": {\"team\": \"<unknown>\", \"env\": \"<unknown>\"}")).isEmpty();
        assertThat(rules("\"tags\": {\"team\": \"sre\"}")).containsExactly("ENV_PROD ", "ENV_TEST ", "TEAM_OPS ");
    }

    @Test
    void anUnknownValueOnThePathSelectsNoBranch() throws Exception {
        // tags is not required by the env conditions: a non-object tags makes them hold; an unknown one does not.
        assertThat(rules("\"tags\": 7")).containsExactly("ENV_PROD ", "ENV_TEST ", "TEAM_DATA ", "TEAM_OPS ");
        assertThat(rules("\"tags\": \"<unknown>\"")).isEmpty();
    }

    @Test
    void aGroupedTestWithAnUnknownTagIsUndecided() throws Exception {
        assertThat(rules("\"tags\": {\"team\": \"other\"}")).contains("NO_TEAM_RULE_APPLIES ");
        assertThat(rules("\"tags\": {\"team\": \"<unknown>\"}")).doesNotContain("NO_TEAM_RULE_APPLIES ");
        assertThat(rules("\"tags\": \"<unknown>\"")).doesNotContain("NO_TEAM_RULE_APPLIES ");
    }

    @Test
    void aRuleUndecidedAtAPointerStillHidesTheTypeLevelFindingsThere() throws Exception {
        // A rule finding hides the type-level ones at its pointer; if the rule is undecided, whether they show
        // would depend on the unknown value: they are hidden too, and the findings stay a subset.
        assertThat(all("\"SAPOData\"")).containsExactly("SAP_NAMES /pipeName");
        assertThat(all("\"Salesforce\"")).containsExactly("schema.pattern /pipeName");
        assertThat(all("\"<unknown>\"")).isEmpty();
    }

    /** The findings at /pipeName. */
    private static List<String> all(String connectorType) throws Exception {
        return compiled.validateWithUnknowns("{\"pipeName\": \"bad name!\", \"connectorType\": " + connectorType + "}")
                .stream().filter(f -> f.pointer().equals("/pipeName")).map(f -> f.ruleId() + " " + f.pointer()).toList();
    }

    private static List<String> splits(String stages) throws Exception {
        return rules(stages).stream().filter(f -> f.startsWith("SPLIT")).toList();
    }

    @Test
    void aSplitReadingAnUnknownValueIsNotReported() throws Exception {
        assertThat(splits("\"stages\": [{\"name\": \"a,b\", \"kind\": \"Map\", \"fields\": [\"a\"]}]"))
                .containsExactly("SPLIT /stages/0/name");
        assertThat(splits("\"stages\": [{\"name\": \"a,b\", \"kind\": \"Map\", \"fields\": [\"a\", \"<unknown>\"]}]")).isEmpty();
        assertThat(splits("\"stages\": [{\"name\": \"<unknown>\", \"kind\": \"Map\", \"fields\": [\"a\"]}]")).isEmpty();
        assertThat(splits("\"stages\": [{\"name\": \"a,b\", \"kind\": \"Map\", \"fields\": \"<unknown>\"}]")).isEmpty();
    }
}
