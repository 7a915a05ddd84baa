package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subschemas applied together get one generated method per set; a recursive schema leads back to the same set
 * and must call that method instead of generating another one forever.
 */
class FusedRecursionTest {

    private static final String RULES = """
            {
              "$schema": "https://schemas.appflowcontracts.org/meta/2020-12/appflow-rules",
              "$id": "https://schemas.example.org/demo/rules/pipe.rules.json",
              "title": "Recursive rules",
              "allOf": [{"$ref": "#/$defs/NAMED_CHILDREN"}, {"$ref": "#/$defs/SELF"}],
              "$defs": {
                "NAMED_CHILDREN": {
                  "appflowRule": {"id": "NAMED_CHILDREN", "severity": "warning", "message": "Name every child."},
                  "properties": {"schedule": {"$ref": "#/$defs/tree"}}
                },
                "tree": {"allOf": [
                  {"properties": {"child": {"$ref": "#/$defs/tree"}}},
                  {"properties": {"child": {"required": ["name"]}}}
                ]},
                "SELF": {
                  "appflowRule": {"id": "SELF", "severity": "info", "message": "Name the pipe."},
                  "allOf": [{"$ref": "#/$defs/SELF"}, {"required": ["pipeName"]}]
                }
              }
            }""";

    @TempDir
    Path work;

    @Test
    void recursiveGroupsCompileAndCheckEveryLevel() throws Exception {
        CompiledPipeRules compiled = CompiledPipeRules.compile(work, RULES);
        List<String> findings = compiled.validate("""
                {"connectorType": "Salesforce", "schedule": {"child": {"name": "b", "child": {"child": {"name": "d"}}}}}""")
                .stream().map(f -> f.ruleId() + " " + f.pointer()).toList();
        // tree lies outside the rule node, so its failures are type-level; the third level lacks its name.
        assertThat(findings).contains("SELF ", "schema.required /schedule/child/child")
                .doesNotContain("schema.required /schedule/child", "schema.required /schedule/child/child/child");
    }
}
