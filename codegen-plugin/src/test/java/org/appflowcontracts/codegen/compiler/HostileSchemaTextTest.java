package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.appflowcontracts.codegen.JavacRunner;
import org.appflowcontracts.codegen.parse.DirectorySchemaSource;
import org.appflowcontracts.codegen.parse.SchemaInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Schema text reaches generated code only as escaped literals: quotes, backslashes, comment terminators,
 * unicode escapes and dollar signs in names, descriptions, patterns, enum values and rule messages compile
 * and keep their meaning.
 */
class HostileSchemaTextTest {

    private static final String SHAPES = """
            {
              "$id": "https://schemas.example.org/x/shapes.schema.json",
              "$defs": {
                "EvilRequest": {
                  "type": "object",
                  "description": "ends a comment */ then \\\\u000a and <b>html</b> @param $x",
                  "properties": {
                    "quote\\"d": { "type": "string", "pattern": "^(?:[a-z\\\\\\\\\\"*/]+)$" },
                    "mode": { "$ref": "#/$defs/Mode" }
                  },
                  "additionalProperties": false
                },
                "Mode": { "type": "string", "enum": ["a\\"b", "c\\\\d", "*/", "$e", "\\\\u0041"] }
              }
            }""";

    private static final String ENTRY = """
            {"$id": "https://schemas.example.org/x/EvilRequest.schema.json", "$ref": "shapes.schema.json#/$defs/EvilRequest"}""";

    private static final String CONTRACT = """
            {"$id": "https://schemas.example.org/x/EvilRequest.contract.schema.json",
             "allOf": [{"$ref": "EvilRequest.schema.json"},
                       {"appflowRule": {"id": "EVIL\\"RULE", "severity": "warning", "message": "say \\"no\\" */ \\\\u0022"},
                        "required": ["mode"]}]}""";

    @Test
    void hostileTextCompilesAndKeepsItsMeaning(@TempDir Path work) throws Exception {
        List<SchemaInput> inputs = List.of(
                new SchemaInput("shapes.schema.json", SHAPES.getBytes(StandardCharsets.UTF_8)),
                new SchemaInput("EvilRequest.schema.json", ENTRY.getBytes(StandardCharsets.UTF_8)),
                new SchemaInput("EvilRequest.contract.schema.json", CONTRACT.getBytes(StandardCharsets.UTF_8)));
        CompilerConfig config = new CompilerConfig(new DirectorySchemaSource(work), work.resolve("src"), "com.example.evil",
                Set.of(), true, true, true);
        new SchemaCompiler().compile(config, inputs);
        ClassLoader loader = JavacRunner.compile(work.resolve("src"), work.resolve("classes"));

        Class<?> mode = loader.loadClass("com.example.evil.Mode");
        Object[] constants = mode.getEnumConstants();
        assertThat(constants).extracting(Object::toString).containsExactly("a\"b", "c\\d", "*/", "$e", "\\u0041");

        Method validate = loader.loadClass("com.example.evil.validation.EvilRequestValidator").getMethod("validate", JsonNode.class);
        JsonMapper mapper = JsonMapper.builder().build();
        List<?> findings = (List<?>) validate.invoke(null, mapper.readTree("{\"quote\\\"d\": \"ab\\\\\\\"*/\"}"));
        assertThat(findings).hasSize(1);
        Object finding = findings.get(0);
        assertThat(finding.getClass().getMethod("ruleId").invoke(finding)).isEqualTo("EVIL\"RULE");
        assertThat(finding.getClass().getMethod("message").invoke(finding)).isEqualTo("say \"no\" */ \\u0022");

        List<?> patternFailure = (List<?>) validate.invoke(null, mapper.readTree("{\"quote\\\"d\": \"AB\", \"mode\": \"*/\"}"));
        assertThat(patternFailure).hasSize(1);
        assertThat(patternFailure.get(0).getClass().getMethod("pointer").invoke(patternFailure.get(0))).isEqualTo("/quote\"d");
    }
}
