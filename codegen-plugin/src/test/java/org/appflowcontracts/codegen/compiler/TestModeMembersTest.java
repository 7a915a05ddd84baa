package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TEST-mode methods (conditions under {@code not}) against the verdicts JSON Schema gives, for the shapes where
 * {@code required} and {@code properties} are checked member by member: keyword order, non-object instances,
 * {@code true}/empty member schemas, members required but not declared, {@code false} member schemas, closed
 * objects (the member-dispatch path), a {@code $ref} member; string length bounds counted in code points; and a
 * constant the rules repeat, declared once. Each rule reports at {@code /schedule} exactly when its condition holds.
 */
class TestModeMembersTest {

    private static final String RULES = """
            {
              "$schema": "https://schemas.appflowcontracts.org/meta/2020-12/appflow-rules",
              "$id": "https://schemas.example.org/demo/rules/pipe.rules.json",
              "title": "Conditions",
              "allOf": [
                {"$ref": "#/$defs/REQUIRED_FIRST"}, {"$ref": "#/$defs/PROPERTIES_FIRST"}, {"$ref": "#/$defs/CLOSED"},
                {"$ref": "#/$defs/FALSE_MEMBER"}, {"$ref": "#/$defs/REF_MEMBER"}, {"$ref": "#/$defs/AT_LEAST_THREE"},
                {"$ref": "#/$defs/AT_MOST_TWO"}, {"$ref": "#/$defs/NAME_SHORT"}, {"$ref": "#/$defs/NAME_X"},
                {"$ref": "#/$defs/NAME_X_AGAIN"}
              ],
              "$defs": {
                "REQUIRED_FIRST": {
                  "appflowRule": {"id": "REQUIRED_FIRST", "severity": "warning", "message": "m"},
                  "properties": {"schedule": {"not": {
                    "required": ["a", "b", "c"],
                    "properties": {"a": {"const": 1}, "b": true, "d": {"const": 2}}}}}
                },
                "PROPERTIES_FIRST": {
                  "appflowRule": {"id": "PROPERTIES_FIRST", "severity": "warning", "message": "m"},
                  "properties": {"schedule": {"not": {
                    "properties": {"d": {"const": 2}, "b": {}, "a": {"const": 1}},
                    "required": ["c", "b", "a"]}}}
                },
                "CLOSED": {
                  "appflowRule": {"id": "CLOSED", "severity": "warning", "message": "m"},
                  "properties": {"schedule": {"not": {
                    "required": ["a", "b"], "properties": {"a": {"const": 1}, "b": {}}, "additionalProperties": false}}}
                },
                "FALSE_MEMBER": {
                  "appflowRule": {"id": "FALSE_MEMBER", "severity": "warning", "message": "m"},
                  "properties": {"schedule": {"not": {"properties": {"a": false}, "required": ["a"]}}}
                },
                "REF_MEMBER": {
                  "appflowRule": {"id": "REF_MEMBER", "severity": "warning", "message": "m"},
                  "properties": {"schedule": {"not": {
                    "required": ["a"], "properties": {"a": {"$ref": "#/$defs/one"}}, "minProperties": 2}}}
                },
                "AT_LEAST_THREE": {
                  "appflowRule": {"id": "AT_LEAST_THREE", "severity": "warning", "message": "m"},
                  "properties": {"schedule": {"not": {"minLength": 3}}}
                },
                "AT_MOST_TWO": {
                  "appflowRule": {"id": "AT_MOST_TWO", "severity": "warning", "message": "m"},
                  "properties": {"schedule": {"not": {"maxLength": 2}}}
                },
                "NAME_SHORT": {
                  "appflowRule": {"id": "NAME_SHORT", "severity": "warning", "message": "m"},
                  "properties": {"pipeName": {"minLength": 3}}
                },
                "NAME_X": {
                  "appflowRule": {"id": "NAME_X", "severity": "warning", "message": "m"},
                  "properties": {"pipeName": {"pattern": "^x+$"}}
                },
                "NAME_X_AGAIN": {
                  "appflowRule": {"id": "NAME_X_AGAIN", "severity": "warning", "message": "m"},
                  "properties": {"pipeName": {"pattern": "^x+$"}}
                },
                "one": {"const": 1}
              }
            }""";

    private static final List<String> SCHEDULE_RULES = List.of("REQUIRED_FIRST", "PROPERTIES_FIRST", "CLOSED",
            "FALSE_MEMBER", "REF_MEMBER", "AT_LEAST_THREE", "AT_MOST_TWO");

    @TempDir
    static Path work;

    private static CompiledPipeRules compiled;

    @BeforeAll
    static void compile() throws Exception {
        compiled = CompiledPipeRules.compile(work, RULES);
    }

    @Test
    void conditionsGiveTheVerdictsOfJsonSchema() throws Exception {
        Set<String> all = Set.of("REQUIRED_FIRST", "PROPERTIES_FIRST", "CLOSED", "FALSE_MEMBER", "REF_MEMBER");
        // schedule value → the conditions it satisfies (length bounds hold vacuously for non-strings).
        Map<String, Set<String>> cases = new java.util.LinkedHashMap<>();
        cases.put("{}", Set.of());
        cases.put("{\"a\": 1, \"b\": 0, \"c\": 0}", Set.of("REQUIRED_FIRST", "PROPERTIES_FIRST", "REF_MEMBER"));
        cases.put("{\"a\": 1, \"b\": 0}", Set.of("CLOSED", "REF_MEMBER"));
        cases.put("{\"a\": 2, \"b\": 0, \"c\": 0}", Set.of());
        cases.put("{\"a\": 1, \"b\": 0, \"c\": 0, \"d\": 3}", Set.of("REF_MEMBER"));
        cases.put("{\"a\": 1, \"b\": 0, \"c\": 0, \"d\": 2}", Set.of("REQUIRED_FIRST", "PROPERTIES_FIRST", "REF_MEMBER"));
        cases.put("{\"b\": 0, \"c\": 0, \"d\": 2}", Set.of());
        cases.put("{\"a\": 1}", Set.of());
        cases.put("{\"c\": 0, \"b\": 0, \"a\": 1}", Set.of("REQUIRED_FIRST", "PROPERTIES_FIRST", "REF_MEMBER"));
        cases.put("[]", all);
        cases.put("null", all);
        cases.put("7", all);
        for (Map.Entry<String, Set<String>> c : cases.entrySet()) {
            Set<String> expected = new TreeSet<>(c.getValue());
            expected.addAll(List.of("AT_LEAST_THREE", "AT_MOST_TWO"));
            assertThat(scheduleRules(c.getKey())).as(c.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void lengthBoundsCountCodePointsInConditions() throws Exception {
        String emoji = "\uD83D\uDE00";
        String lone = "\uD83D";
        // string value → its length in code points decides AT_LEAST_THREE (>= 3) and AT_MOST_TWO (<= 2).
        Map<String, Integer> lengths = new java.util.LinkedHashMap<>();
        lengths.put("", 0);
        lengths.put("ab", 2);
        lengths.put("abc", 3);
        lengths.put(emoji + emoji, 2);
        lengths.put(emoji + emoji + emoji, 3);
        lengths.put("a" + emoji, 2);
        lengths.put("ab" + emoji, 3);
        lengths.put(lone + lone, 2);
        lengths.put(lone + lone + lone, 3);
        lengths.put(emoji + lone, 2);
        for (Map.Entry<String, Integer> c : lengths.entrySet()) {
            Set<String> expected = new TreeSet<>(Set.of("REQUIRED_FIRST", "PROPERTIES_FIRST", "CLOSED", "FALSE_MEMBER", "REF_MEMBER"));
            expected.add(c.getValue() >= 3 ? "AT_LEAST_THREE" : "AT_MOST_TWO");
            assertThat(scheduleRules(quoted(c.getKey()))).as("%s (%d chars)", c.getKey(), c.getKey().length())
                    .isEqualTo(expected);
        }
    }

    @Test
    void minLengthCountsCodePointsWhenReporting() throws Exception {
        String emoji = "\uD83D\uDE00";
        assertThat(nameRules(emoji + emoji)).contains("NAME_SHORT");
        assertThat(nameRules("a" + emoji)).contains("NAME_SHORT");
        assertThat(nameRules(emoji + emoji + emoji)).doesNotContain("NAME_SHORT");
        assertThat(nameRules("xx" + emoji)).doesNotContain("NAME_SHORT");
    }

    @Test
    void aRepeatedConstantIsDeclaredOnceAndStillChecksEveryRule() throws Exception {
        String source = compiled.source("RulesPipeRulesChecks.java");
        // Two rules share the pattern; four conditions compare with 1 and two with 2.
        assertThat(Pattern.compile("static final \\S+ PATTERN_\\d+ =").matcher(source).results()).hasSize(1);
        assertThat(Pattern.compile("DECIMAL_\\d+ = new BigDecimal\\(\"1\"\\)").matcher(source).results()).hasSize(1);
        assertThat(Pattern.compile("DECIMAL_\\d+ = new BigDecimal\\(\"2\"\\)").matcher(source).results()).hasSize(1);
        assertThat(nameRules("xyz")).contains("NAME_X", "NAME_X_AGAIN");
        assertThat(nameRules("xxx")).doesNotContain("NAME_X", "NAME_X_AGAIN", "NAME_SHORT");
    }

    private static Set<String> scheduleRules(String schedule) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (CompiledPipeRules.Finding f : compiled.validate(
                "{\"pipeName\": \"xxx\", \"connectorType\": \"Salesforce\", \"schedule\": " + schedule + "}")) {
            if (SCHEDULE_RULES.contains(f.ruleId())) {
                assertThat(f.pointer()).isEqualTo("/schedule");
                ids.add(f.ruleId());
            }
        }
        return ids;
    }

    private static Set<String> nameRules(String pipeName) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (CompiledPipeRules.Finding f : compiled.validate(
                "{\"pipeName\": " + quoted(pipeName) + ", \"connectorType\": \"Salesforce\"}")) {
            if (f.ruleId().startsWith("NAME_")) {
                ids.add(f.ruleId());
            }
        }
        return ids;
    }

    /** A JSON string literal; lone surrogates are written as escapes, which JSON allows. */
    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.chars().forEach(c -> b.append(c < 0x80 ? Character.toString(c) : String.format("\\u%04X", c)));
        return b.append('"').toString();
    }
}
