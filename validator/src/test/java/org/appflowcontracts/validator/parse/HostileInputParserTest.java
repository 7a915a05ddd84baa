package org.appflowcontracts.validator.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.appflowcontracts.validator.InputException;
import org.junit.jupiter.api.Test;

/**
 * Inputs written to break the reader: encodings, control characters, YAML features that mean something other
 * than the text says, sizes at and beyond the limits. Each must end as a located {@link InputException} (or a
 * correct tree), quickly, never as another exception.
 */
class HostileInputParserTest {

    private static LocatedDocument parse(byte[] content, String name) throws InputException {
        return LocatedParser.parse(content, name);
    }

    private static InputException failure(byte[] content, String name) {
        try {
            parse(content, name);
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("expected an InputException for " + name);
    }

    private static InputException failure(String text, String name) {
        return failure(text.getBytes(StandardCharsets.UTF_8), name);
    }

    private static byte[] withBom(String text, Charset charset, int... bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b : bom) {
            out.write(b);
        }
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    // ---- encodings and characters

    @Test
    void yamlInUtf16Or32WithAByteOrderMarkIsRead() throws Exception {
        String text = "flowName: a\ntasks:\n  - taskType: Map\n";
        byte[][] encoded = {
            withBom(text, StandardCharsets.UTF_16LE, 0xFF, 0xFE),
            withBom(text, StandardCharsets.UTF_16BE, 0xFE, 0xFF),
            withBom(text, Charset.forName("UTF-32LE"), 0xFF, 0xFE, 0x00, 0x00),
        };
        for (byte[] content : encoded) {
            LocatedDocument doc = parse(content, "flow.yaml");
            assertThat(doc.root().path("flowName").asString()).isEqualTo("a");
            assertThat(doc.positionOf("/tasks/0/taskType")).isEqualTo(new Position(3, 5));
        }
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNamedAsSuch() {
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            InputException e = failure("flowName: a\n".getBytes(charset), "flow.yaml");
            assertThat(e.getMessage()).as("%s", charset).contains("UTF-16", "without a byte order mark");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(1);
        }
    }

    @Test
    void invalidUtf8InYamlIsLocatedAtTheBadByte() {
        byte[] content = "flowName: ok\nx: ab\u0000".getBytes(StandardCharsets.UTF_8);
        content[content.length - 1] = (byte) 0xFF;
        InputException e = failure(content, "flow.yaml");
        assertThat(e.getMessage()).contains("not valid UTF-8", "0xFF").doesNotContain("java.");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(6);
    }

    @Test
    void aControlCharacterInYamlIsLocatedAndNamed() {
        InputException e = failure("flowName: ok\nx: a\u0000b\n", "flow.yaml");
        assertThat(e.getMessage()).contains("U+0000", "not allowed");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(5);
    }

    @Test
    void aTabIndentIsLocatedAtTheTabNotAtTheLineBefore() {
        InputException e = failure("flowName: a\nsourceFlowConfig:\n\tconnectorType: S3\n", "flow.yaml");
        assertThat(e.getMessage()).contains("TAB");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
    }

    // ---- YAML features whose meaning is not the text

    @Test
    void cloudFormationTagsAreRefusedWhereTheyStand() {
        InputException e = failure("flowName: a\nkmsArn: !Sub 'arn:${AWS::Partition}:kms:key'\n", "flow.yaml");
        assertThat(e.getMessage()).contains("YAML tag !Sub", "CloudFormation");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(9);

        InputException onAList = failure("flowName: a\ntasks: !GetAtt [a, b]\n", "flow.yaml");
        assertThat(onAList.getMessage()).contains("YAML tag !GetAtt");
        assertThat(onAList.line()).isEqualTo(2);
    }

    @Test
    void yamlTypeTagsOtherThanTheCoreOnesAreRefused() {
        assertThat(failure("flowName: a\nx: !!binary aGVsbG8=\n", "flow.yaml").getMessage())
                .contains("YAML tag !!binary is not supported");
        assertThat(failure("flowName: a\nx: !!set {a, b}\n", "flow.yaml").getMessage())
                .contains("YAML tag !!set is not supported");
    }

    @Test
    void coreTagsKeepTheirMeaning() throws Exception {
        LocatedDocument doc = parse("flowName: !!str 123\nn: !!int '7'\nm: !!map {a: 1}\nx: ! plain\n"
                .getBytes(StandardCharsets.UTF_8), "flow.yaml");
        assertThat(doc.root().get("flowName").isString()).isTrue();
        assertThat(doc.root().get("flowName").asString()).isEqualTo("123");
        assertThat(doc.root().get("n").asInt()).isEqualTo(7);
        assertThat(doc.root().get("m").get("a").asInt()).isEqualTo(1);
        assertThat(doc.root().get("x").asString()).isEqualTo("plain");
    }

    @Test
    void mergeKeysAreRefusedRatherThanKeptAsAMemberNamedLessLess() {
        InputException e = failure("base: &b {x: 1}\nflowName: a\nderived:\n  <<: *b\n  y: 2\n", "flow.yaml");
        assertThat(e.getMessage()).contains("merge keys (<<) are not supported");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void notANumberAndInfinityAreRefused() {
        // The reader takes these spellings as numbers (others, such as .NaN, as strings).
        for (String value : new String[] {".nan", ".inf", "-.inf"}) {
            InputException e = failure("flowName: a\nx: " + value + "\n", "flow.yaml");
            assertThat(e.getMessage()).as(value).contains("YAML " + value, "not a number").doesNotContain("java.");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(4);
        }
    }

    @Test
    void complexKeysGetAPlainMessage() {
        for (String text : new String[] {"flowName: a\n[x, y]: 1\n", "flowName: a\n{x: 1}: 1\n",
                "k: &k a\n*k : 1\n"}) {
            InputException e = failure(text, "flow.yaml");
            assertThat(e.getMessage()).as(text).contains("a YAML key must be a plain string").doesNotContain("+SEQ");
            assertThat(e.line()).as(text).isEqualTo(2);
        }
    }

    // ---- sizes

    @Test
    void aliasesCannotNestTheTreeBeyondTheDepthLimit() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [[[[[[[[[[]]]]]]]]]]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [[[[[[[[[[*a").append(i - 1)
                    .append("]]]]]]]]]]\n");
        }
        InputException e = failure(yaml.toString(), "flow.yaml");
        assertThat(e.getMessage()).contains("deeper than " + InputLimits.MAX_NESTING_DEPTH);
        assertThat(e.line()).isEqualTo(7);
    }

    @Test
    void aLongWordInYamlIsRefusedWithoutScanningIt() {
        byte[] content = ("flowName: a\nx: \"" + "a".repeat(7 * 1024 * 1024) + "\"\n").getBytes(StandardCharsets.UTF_8);
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> failure(content, "flow.yaml"));
        assertThat(e.getMessage()).contains("more than " + InputLimits.MAX_STRING_LENGTH + " characters");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(4);
    }

    @Test
    void yamlStringsAndNamesObeyTheLengthLimits() {
        String words = "ab ".repeat(InputLimits.MAX_STRING_LENGTH / 3 + 10);
        InputException string = failure("flowName: a\nx: \"" + words + "\"\n", "flow.yaml");
        assertThat(string.getMessage()).contains("string of", "the limit is " + InputLimits.MAX_STRING_LENGTH);
        assertThat(string.line()).isEqualTo(2);

        // An explicit key: YAML itself limits implicit keys to 1024 characters.
        InputException name = failure("flowName: a\n? " + "k".repeat(InputLimits.MAX_NAME_LENGTH + 1) + "\n: 1\n",
                "flow.yaml");
        assertThat(name.getMessage()).contains("member name of", "the limit is " + InputLimits.MAX_NAME_LENGTH);
        assertThat(name.line()).isEqualTo(2);
    }

    @Test
    void yamlUpToTheDocumentLimitIsReadNotCutAtTheReadersOwnLimit() throws Exception {
        // 4 MiB of comments: over the YAML reader's default limit of 3 Mi code points, under ours of 8 MiB.
        String yaml = "flowName: a\n" + "# a comment line that pads the file out\n".repeat(4 * 1024 * 1024 / 40)
                + "tasks: []\n";
        LocatedDocument doc = parse(yaml.getBytes(StandardCharsets.UTF_8), "flow.yaml");
        assertThat(doc.root().get("tasks").isArray()).isTrue();
    }

    @Test
    void tooManyTokensIsALocatedLimitErrorThatNamesNoLibrarySetting() {
        String json = "{\"tasks\": [" + "1,".repeat((int) InputLimits.MAX_TOKEN_COUNT) + "1]}";
        InputException e = failure(json, "flow.json");
        assertThat(e.getMessage()).startsWith("input exceeds a safety limit: Token count")
                .doesNotContain("StreamReadConstraints");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isPositive();
    }

    @Test
    void endlessStreamsAreReadOnlyUpToTheLimit() throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
        byte[] read = SourceFiles.readBounded(endless);
        assertThat(read).hasSize(InputLimits.MAX_DOCUMENT_BYTES + 1);
        assertThat(SourceFiles.tooLarge(read)).isTrue();
        assertThat(SourceFiles.tooLargeMessage()).contains(String.valueOf(InputLimits.MAX_DOCUMENT_BYTES));
    }

    @Test
    void aNumberWithAnExponentNoDecimalHoldsIsRefusedAtTheNumberInWords() {
        InputException json = failure("{\"flowName\": \"x\",\n \"n\": 1e-99999999999}", "flow.json");
        assertThat(json.getMessage()).contains("1e-99999999999", "exponent too large").doesNotContain("java.");
        assertThat(json.line()).isEqualTo(2);
        assertThat(json.column()).isEqualTo(7);
        InputException yaml = failure("flowName: x\nn: 1e-99999999999\n", "flow.yaml");
        assertThat(yaml.getMessage()).contains("1e-99999999999", "exponent too large").doesNotContain("java.");
        assertThat(yaml.line()).isEqualTo(2);
        assertThat(yaml.column()).isEqualTo(4);
    }
}
