package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tagged unions whose tag sits below a member ({@code tags.team}, {@code tags.env}) are compiled into one walk
 * and one switch. Expected findings follow JSON Schema: a non-object on the path, or an absent member the
 * condition does not require, makes every condition hold; an absent required member makes every one fail.
 */
class FusedPathRulesTest {

    private static final String RULES = """
            {
              "$schema": "https://schemas.appflowcontracts.org/meta/2020-12/appflow-rules",
              "$id": "https://schemas.example.org/demo/rules/pipe.rules.json",
              "title": "Rules keyed on tags",
              "allOf": [
                {"$ref": "#/$defs/TEAM_DATA_NEEDS_SCHEDULE"}, {"$ref": "#/$defs/TEAM_OPS_NEEDS_STAGES"},
                {"$ref": "#/$defs/ENV_PROD_NEEDS_SCHEDULE"}, {"$ref": "#/$defs/ENV_TEST_NEEDS_STAGES"}
              ],
              "$defs": {
                "TEAM_DATA_NEEDS_SCHEDULE": {
                  "appflowRule": {"id": "TEAM_DATA_NEEDS_SCHEDULE", "severity": "error", "message": "Schedule data pipes."},
                  "if": {"required": ["tags"], "properties": {"tags": {"required": ["team"], "properties": {"team": {"const": "data"}}}}},
                  "then": {"required": ["schedule"]}
                },
                "TEAM_OPS_NEEDS_STAGES": {
                  "appflowRule": {"id": "TEAM_OPS_NEEDS_STAGES", "severity": "warning", "message": "Give ops pipes stages."},
                  "if": {"required": ["tags"], "properties": {"tags": {"required": ["team"], "properties": {"team": {"enum": ["ops", "sre"]}}}}},
                  "then": {"required": ["stages"]}
                },
                "ENV_PROD_NEEDS_SCHEDULE": {
                  "appflowRule": {"id": "ENV_PROD_NEEDS_SCHEDULE", "severity": "info", "message": "Schedule production pipes."},
                  "if": {"properties": {"tags": {"properties": {"env": {"const": "prod"}}}}},
                  "then": {"required": ["schedule"]}
                },
                "ENV_TEST_NEEDS_STAGES": {
                  "appflowRule": {"id": "ENV_TEST_NEEDS_STAGES", "severity": "info", "message": "Give test pipes stages."},
                  "if": {"properties": {"tags": {"properties": {"env": {"const": "test"}}}}},
                  "then": {"required": ["stages"]}
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

    /** Rule findings (type-level ones left out) for a pipe with the given extra members. */
    private static List<String> ruleFindings(String members) throws Exception {
        return compiled.validate("{\"pipeName\": \"orders\", \"connectorType\": \"Salesforce\"" + members + "}").stream()
                .map(CompiledPipeRules.Finding::ruleId).filter(id -> !id.startsWith("schema.")).toList();
    }

    @Test
    void bothPathsBecomeOneSwitchEach() throws IOException {
        String checks = compiled.source("CreatePipeRequestContractSchemaChecks.java");
        assertThat(checks.split("switch \\(", -1)).hasSize(3);
        assertThat(checks).contains("case \"ops\", \"sre\" ->");
    }

    @Test
    void theTagSelectsItsBranchesAndAnAbsentOptionalTagSelectsAll() throws Exception {
        assertThat(ruleFindings(", \"tags\": {\"team\": \"data\"}")).containsExactlyInAnyOrder(
                "TEAM_DATA_NEEDS_SCHEDULE", "ENV_PROD_NEEDS_SCHEDULE", "ENV_TEST_NEEDS_STAGES");
        assertThat(ruleFindings(", \"tags\": {\"team\": \"sre\", \"env\": \"prod\"}")).containsExactlyInAnyOrder(
                "TEAM_OPS_NEEDS_STAGES", "ENV_PROD_NEEDS_SCHEDULE");
        assertThat(ruleFindings(", \"tags\": {\"team\": \"web\", \"env\": \"dev\"}")).isEmpty();
    }

    @Test
    void anAbsentRequiredMemberSelectsNoneAndAnAbsentOptionalOneSelectsAll() throws Exception {
        assertThat(ruleFindings("")).containsExactlyInAnyOrder("ENV_PROD_NEEDS_SCHEDULE", "ENV_TEST_NEEDS_STAGES");
    }

    @Test
    void aNonObjectOnThePathSelectsEveryBranch() throws Exception {
        assertThat(ruleFindings(", \"tags\": \"data\"")).containsExactlyInAnyOrder("TEAM_DATA_NEEDS_SCHEDULE",
                "TEAM_OPS_NEEDS_STAGES", "ENV_PROD_NEEDS_SCHEDULE", "ENV_TEST_NEEDS_STAGES");
        // A tag of another type matches no string: no branch of that path applies.
        assertThat(ruleFindings(", \"tags\": {\"team\": 7, \"env\": \"prod\"}")).containsExactly("ENV_PROD_NEEDS_SCHEDULE");
    }
}
