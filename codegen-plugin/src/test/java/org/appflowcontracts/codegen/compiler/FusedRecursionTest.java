package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.codegen.Fixture;
import org.appflowcontracts.codegen.JavacRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
        Path sources = work.resolve("src");
        new SchemaCompiler().compile(Fixture.config(sources), Fixture.withDocument("rules/pipe.rules.json", RULES));
        ClassLoader generated = JavacRunner.compile(sources, work.resolve("classes"));

        Class<?> validator = generated.loadClass(Fixture.PACKAGE + ".validation.CreatePipeRequestValidator");
        Method validate = validator.getMethod("validate", JsonNode.class);
        JsonNode document = JsonMapper.builder().build().readTree("""
                {"connectorType": "Salesforce", "schedule": {"child": {"name": "b", "child": {"child": {"name": "d"}}}}}""");
        List<String> findings = new ArrayList<>();
        for (Object finding : (List<?>) validate.invoke(null, document)) {
            Class<?> type = finding.getClass();
            findings.add(type.getMethod("ruleId").invoke(finding) + " " + type.getMethod("pointer").invoke(finding));
        }
        // tree lies outside the rule node, so its failures are type-level; the third level lacks its name.
        assertThat(findings).contains("SELF ", "schema.required /schedule/child/child")
                .doesNotContain("schema.required /schedule/child", "schema.required /schedule/child/child/child");
    }
}
