package org.appflowcontracts.validator.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.appflowcontracts.validator.InputException;
import org.junit.jupiter.api.Test;

class LocatedParserTest {

    private static LocatedDocument parse(String text, String name) throws InputException {
        return LocatedParser.parse(text.getBytes(StandardCharsets.UTF_8), name);
    }

    private static InputException failure(String text, String name) {
        try {
            parse(text, name);
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("expected an InputException for: " + text);
    }

    @Test
    void jsonMembersAreLocatedAtTheirNamesAndItemsWhereTheyStart() throws Exception {
        LocatedDocument doc = parse("""
                {
                  "flowName": "a",
                  "tasks": [
                    {"taskType": "Map"},
                      "x"
                  ]
                }
                """, "flow.json");
        assertThat(doc.root().path("flowName").asString()).isEqualTo("a");
        assertThat(doc.positionOf("")).isEqualTo(new Position(1, 1));
        assertThat(doc.positionOf("/flowName")).isEqualTo(new Position(2, 3));
        assertThat(doc.positionOf("/tasks")).isEqualTo(new Position(3, 3));
        assertThat(doc.positionOf("/tasks/0")).isEqualTo(new Position(4, 5));
        assertThat(doc.positionOf("/tasks/0/taskType")).isEqualTo(new Position(4, 6));
        assertThat(doc.positionOf("/tasks/1")).isEqualTo(new Position(5, 7));
    }

    @Test
    void yamlMembersAreLocatedAtTheirNames() throws Exception {
        LocatedDocument doc = parse("""
                # a flow
                flowName: a
                sourceFlowConfig:
                  connectorType: S3
                tasks:
                  - taskType: Map
                    sourceFields: [x, y]
                """, "flow.yaml");
        assertThat(doc.positionOf("/flowName")).isEqualTo(new Position(2, 1));
        assertThat(doc.positionOf("/sourceFlowConfig/connectorType")).isEqualTo(new Position(4, 3));
        assertThat(doc.positionOf("/tasks/0")).isEqualTo(new Position(6, 5));
        assertThat(doc.positionOf("/tasks/0/sourceFields")).isEqualTo(new Position(7, 5));
        assertThat(doc.positionOf("/tasks/0/sourceFields/1")).isEqualTo(new Position(7, 23));
    }

    @Test
    void missingValueIsLocatedAtItsNearestExistingAncestor() throws Exception {
        LocatedDocument doc = parse("{\n  \"a\": {\n    \"b\": 1\n  }\n}", "x.json");
        assertThat(doc.positionOf("/a/missing/deeper")).isEqualTo(new Position(2, 3));
    }

    @Test
    void escapedMemberNamesUseJsonPointerEscaping() throws Exception {
        LocatedDocument doc = parse("{\"a/b\": {\"c~d\": 1}}", "x.json");
        assertThat(doc.positions().exact("/a~1b/c~0d")).isEqualTo(new Position(1, 10));
        assertThat(doc.positions().exact("/a/b/c~d")).isNull();
    }

    @Test
    void expandedYamlAliasesKeepTheValuesAfterThemInPlace() throws Exception {
        LocatedDocument doc = parse("""
                base: &cfg
                  a: 1
                  b: [x, y]
                copy: *cfg
                after: 2
                """, "x.yaml");
        assertThat(doc.positionOf("/copy")).isEqualTo(new Position(4, 1));
        // The copied values have no source of their own: they are located at the alias.
        assertThat(doc.positionOf("/copy/b/1")).isEqualTo(new Position(4, 7));
        assertThat(doc.positionOf("/after")).isEqualTo(new Position(5, 1));
        assertThat(doc.positionOf("/base/b/1")).isEqualTo(new Position(3, 10));
    }

    @Test
    void yamlIsDetectedFromContentWithoutAName() throws Exception {
        LocatedDocument doc = parse("flowName: a\ntasks: []\n", null);
        assertThat(doc.root().path("flowName").asString()).isEqualTo("a");
        assertThat(LocatedParser.detectSyntax("  {\"a\": 1}".getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo(LocatedParser.Syntax.JSON);
    }

    @Test
    void yamlNameForcesYamlEvenForJsonLookingContent() {
        assertThat(LocatedParser.detectSyntax("{\"a\": 1}".getBytes(StandardCharsets.UTF_8), "flow.YML"))
                .isEqualTo(LocatedParser.Syntax.YAML);
    }

    @Test
    void emptyAndBlankFilesAreLocatedErrors() {
        for (String text : new String[] {"", "  \n\t\n"}) {
            InputException e = failure(text, "empty.json");
            assertThat(e.getMessage()).contains("empty");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(1);
        }
        InputException commentsOnly = failure("# nothing here\n", "empty.yaml");
        assertThat(commentsOnly.getMessage()).contains("empty");
    }

    @Test
    void malformedJsonReportsWhereItBreaks() {
        InputException e = failure("{\n  \"a\": 1,\n  \"b\": }\n", "bad.json");
        assertThat(e.getMessage()).startsWith("malformed JSON");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(8);
    }

    @Test
    void unterminatedJsonReportsTheEnd() {
        InputException e = failure("{\"a\": [1, 2", "bad.json");
        assertThat(e.getMessage()).isEqualTo("malformed JSON: Unexpected end-of-input: expected close marker for Array");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void malformedYamlReportsWhereItBreaks() {
        InputException e = failure("a: 1\nb: [1, 2\nc: 3\n", "bad.yaml");
        assertThat(e.getMessage()).startsWith("malformed YAML");
        assertThat(e.line()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void yamlScannerMessagesBecomeOneMeaningfulLine() {
        InputException e = failure("a:\n  - b\n - c\n", "bad.yaml");
        assertThat(e.getMessage()).doesNotContain("\n").contains("expected <block end>");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void yamlEmptyValueIsNullButQuotedEmptyStringIsAString() throws Exception {
        LocatedDocument doc = parse("a:\nb: ''\n", "x.yaml");
        assertThat(doc.root().get("a").isNull()).isTrue();
        assertThat(doc.root().get("b").isString()).isTrue();
        assertThat(doc.root().get("b").asString()).isEmpty();
    }

    @Test
    void yamlAliasesExpandToCopiesOfTheAnchoredValue() throws Exception {
        LocatedDocument doc = parse("a: &shared {b: 1, c: [x, y]}\nd: *shared\ne: &list [1, 2]\nf: *list\n", "alias.yaml");
        assertThat(doc.root().get("d")).isEqualTo(doc.root().get("a"));
        assertThat(doc.root().get("d")).isNotSameAs(doc.root().get("a"));
        assertThat(doc.root().get("f")).isEqualTo(doc.root().get("e"));
        assertThat(doc.positionOf("/d")).isEqualTo(new Position(2, 1));
    }

    @Test
    void yamlAliasToAnUnknownAnchorIsLocated() {
        InputException e = failure("a: &single 1\nc: *single\n", "alias.yaml");
        assertThat(e.getMessage()).contains("'*single'").contains("write the value out");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(4);
    }

    @Test
    void yamlAliasBombStopsAtTheExpansionBudget() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "*l" + (level - 1);
            yaml.append("l").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, previous))).append("]\n");
        }
        InputException e = failure(yaml.toString(), "bomb.yaml");
        assertThat(e.getMessage()).contains("aliases expand to more than");
        assertThat(e.line()).isGreaterThan(1);
    }

    @Test
    void duplicateMembersAreRejectedAtTheSecondOccurrence() {
        InputException json = failure("{\n  \"a\": 1,\n  \"a\": 2\n}", "dup.json");
        assertThat(json.getMessage()).contains("duplicate member 'a'");
        assertThat(json.line()).isEqualTo(3);
        assertThat(json.column()).isEqualTo(3);

        InputException yaml = failure("x:\n  a: 1\n  a: 2\n", "dup.yaml");
        assertThat(yaml.getMessage()).contains("duplicate member 'a'");
        assertThat(yaml.line()).isEqualTo(3);
    }

    @Test
    void nonObjectRootIsRejected() {
        InputException array = failure("\n[1, 2]", "list.json");
        assertThat(array.getMessage()).contains("must be an object").contains("an array");
        assertThat(array.line()).isEqualTo(2);
        InputException scalar = failure("just text\n", "text.yaml");
        assertThat(scalar.getMessage()).contains("a string");
    }

    @Test
    void trailingContentIsRejected() {
        InputException e = failure("{\"a\": 1} {\"b\": 2}", "two.json");
        assertThat(e.getMessage()).contains("after the end");
        InputException yaml = failure("a: 1\n---\nb: 2\n", "two.yaml");
        assertThat(yaml.getMessage()).contains("only one YAML document");
        assertThat(yaml.line()).isEqualTo(3);
    }

    @Test
    void deepNestingIsALocatedLimitError() {
        String deep = "{\"a\":".repeat(InputLimits.MAX_NESTING_DEPTH + 5) + "1" + "}".repeat(InputLimits.MAX_NESTING_DEPTH + 5);
        InputException e = failure(deep, "deep.json");
        assertThat(e.getMessage()).contains("safety limit");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isGreaterThan(1);

        String deepYaml = "[".repeat(InputLimits.MAX_NESTING_DEPTH + 5) + "]".repeat(InputLimits.MAX_NESTING_DEPTH + 5);
        InputException y = failure("a: " + deepYaml, "deep.yaml");
        assertThat(y.getMessage()).contains("safety limit");
    }

    @Test
    void hugeStringIsALocatedLimitError() {
        String huge = "{\"a\": \"" + "x".repeat(InputLimits.MAX_STRING_LENGTH + 10) + "\"}";
        InputException e = failure(huge, "huge.json");
        assertThat(e.getMessage()).contains("safety limit");
    }

    @Test
    void oversizedDocumentIsRejectedBeforeParsing() {
        byte[] big = new byte[InputLimits.MAX_DOCUMENT_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> LocatedParser.parse(big, "big.json"));
        assertThat(e.getMessage()).contains("limit");
    }

    @Test
    void byteOrderMarkIsAcceptedInJsonAndYaml() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (String[] input : new String[][] {{"{\"a\": 1}", "x.json"}, {"a: 1\n", "x.yaml"}, {"{\"a\": 1}", null}}) {
            byte[] text = input[0].getBytes(StandardCharsets.UTF_8);
            byte[] content = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, content, 0, bom.length);
            System.arraycopy(text, 0, content, bom.length, text.length);
            LocatedDocument doc = LocatedParser.parse(content, input[1]);
            assertThat(doc.root().get("a").asInt()).as(input[0]).isEqualTo(1);
            assertThat(doc.positionOf("/a").line()).isEqualTo(1);
        }
    }

    @Test
    void windowsLineEndingsCountLinesOnce() throws Exception {
        LocatedDocument json = parse("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}", "x.json");
        assertThat(json.positionOf("/b")).isEqualTo(new Position(3, 3));
        LocatedDocument yaml = parse("a: 1\r\nb: 2\r\n", "x.yaml");
        assertThat(yaml.positionOf("/b")).isEqualTo(new Position(2, 1));
    }

    @Test
    void numbersKeepTheirKind() throws Exception {
        LocatedDocument doc = parse("{\"i\": 3, \"l\": 12345678901, \"d\": 1.5, \"b\": 123456789012345678901234567890}",
                "n.json");
        assertThat(doc.root().get("i").isInt()).isTrue();
        assertThat(doc.root().get("l").isLong()).isTrue();
        assertThat(doc.root().get("d").isDouble()).isTrue();
        assertThat(doc.root().get("b").isBigInteger()).isTrue();
    }

    @Test
    void invalidUtf8IsALocatedError() {
        byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThatThrownBy(() -> LocatedParser.parse(bad, "bad.json")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("malformed JSON");
    }

    @Test
    void aDocumentEndingInALoneCrIsLocatedOnTheLineAfterIt() {
        // Found by fuzzing: the reader ended this document one column past its only line.
        InputException onlyMarker = failure("---\r", "marker.yaml");
        assertThat(onlyMarker.line()).isEqualTo(2);
        assertThat(onlyMarker.column()).isEqualTo(1);
        InputException withLf = failure("---\n", "marker-lf.yaml");
        assertThat(withLf.line()).isGreaterThanOrEqualTo(1);
        assertThat(withLf.column()).isLessThanOrEqualTo(4);
    }
}
