package org.appflowcontracts.validator.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.appflowcontracts.validator.InputException;
import org.junit.jupiter.api.Test;

/**
 * The checks done on YAML text before parsing (decoding, the long-run limit) must leave the files users really
 * write alone: the same values and the same line:column positions whatever the line ends, byte order mark,
 * document markers, scalar styles or encoding.
 */
class OrdinaryYamlTextTest {

    private static final String FLOW = """
            # Hourly export; the schedule is kept in the flow itself.
            flowName: slack-support-hourly
            description: Export horaire — été 😀😀 日本語
            triggerConfig: {note: "😀 first", triggerType: Scheduled}
            tasks:
              - taskType: Map_all
                taskProperties:
                  EXCLUDE_SOURCE_FIELDS_LIST: '["a","b"]'
            """;

    private static LocatedDocument parse(byte[] content) throws InputException {
        return LocatedParser.parse(content, "flow.yaml");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encoded(String text, Charset charset, int... bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b : bom) {
            out.write(b);
        }
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private static void assertSamePositions(LocatedDocument expected, LocatedDocument actual) {
        assertThat(actual.root()).isEqualTo(expected.root());
        for (String pointer : new String[] {"/flowName", "/description", "/triggerConfig",
            "/triggerConfig/triggerType", "/triggerConfig/note", "/tasks/0", "/tasks/0/taskProperties"}) {
            assertThat(actual.positionOf(pointer)).as(pointer).isEqualTo(expected.positionOf(pointer));
        }
    }

    @Test
    void positionsCountUtf16CodeUnitsAfterNonAsciiText() throws Exception {
        LocatedDocument doc = parse(utf8(FLOW));
        assertThat(doc.positionOf("/triggerConfig/note")).isEqualTo(new Position(4, 17));
        // The emoji before it on the line is two columns (two UTF-16 code units), as in JSON and SARIF.
        assertThat(doc.positionOf("/triggerConfig/triggerType")).isEqualTo(new Position(4, 35));
        assertThat(doc.root().get("description").asString()).isEqualTo("Export horaire — été 😀😀 日本語");
    }

    @Test
    void lineEndsByteOrderMarkAndDocumentMarkersDoNotMovePositions() throws Exception {
        LocatedDocument plain = parse(utf8(FLOW));
        assertSamePositions(plain, parse(utf8(FLOW.replace("\n", "\r\n"))));
        assertSamePositions(plain, parse(encoded(FLOW, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF)));
        assertSamePositions(plain, parse(encoded(FLOW.replace("\n", "\r\n"), StandardCharsets.UTF_8,
                0xEF, 0xBB, 0xBF)));
        assertSamePositions(plain, parse(encoded(FLOW, StandardCharsets.UTF_16LE, 0xFF, 0xFE)));
        assertSamePositions(plain, parse(encoded(FLOW, StandardCharsets.UTF_16BE, 0xFE, 0xFF)));
        LocatedDocument marked = parse(utf8("%YAML 1.2\n---\n" + FLOW + "...\n"));
        assertThat(marked.root()).isEqualTo(plain.root());
        assertThat(marked.positionOf("/triggerConfig/triggerType")).isEqualTo(new Position(6, 35));
    }

    @Test
    void longOrdinaryValuesInEveryScalarStyleAreRead() throws Exception {
        String words = "lorem ipsum dolor sit amet ".repeat(200);
        String word = "QUJD".repeat(100_000);
        String json = "{\"fields\":[\"a\",\"b\"],\"k\":\"" + "v".repeat(50_000) + "\"}";
        String yaml = "plain: " + words.strip() + "\n"
                + "double: \"" + words + "\\t\\\"q\\\" \\u00e9 \\U0001F600\"\n"
                + "single: '" + words + "it''s'\n"
                + "literal: |\n  " + words + "\n  second line\n"
                + "folded: >-\n  " + words + "\n  next\n"
                + "base64: " + word + "\n"
                + "json: '" + json + "'\n"
                + "last: here\n";
        LocatedDocument doc = parse(utf8(yaml));
        assertThat(doc.root().get("plain").asString()).isEqualTo(words.strip());
        assertThat(doc.root().get("double").asString()).isEqualTo(words + "\t\"q\" é 😀");
        assertThat(doc.root().get("single").asString()).isEqualTo(words + "it's");
        assertThat(doc.root().get("literal").asString()).isEqualTo(words + "\nsecond line\n");
        assertThat(doc.root().get("folded").asString()).isEqualTo(words + " next");
        assertThat(doc.root().get("base64").asString()).hasSize(400_000);
        assertThat(doc.root().get("json").asString()).isEqualTo(json);
        assertThat(doc.positionOf("/last")).isEqualTo(new Position(12, 1));
    }

    @Test
    void aRunJustUnderTheLimitIsReadAndOneOverIsRefusedWhereItStarts() throws Exception {
        String under = "x".repeat(InputLimits.MAX_STRING_LENGTH);
        assertThat(parse(utf8("a: 1\nb: " + under + "\n")).root().get("b").asString()).hasSize(under.length());
        InputException e = catchThrowableOfType(InputException.class,
                () -> parse(utf8("a: 1\nb: " + under + "x\n")));
        assertThat(e.getMessage()).contains("no value may be that long");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(4);
    }

    @Test
    void aControlCharacterFarIntoTheFileIsLocatedWhereItStands() {
        // Past the YAML reader's first buffers, so a position counted from the buffer would be wrong.
        String padding = "# a comment line that pads the file out\n".repeat(300);
        InputException e = catchThrowableOfType(InputException.class,
                () -> parse(utf8("flowName: a\n" + padding + "x: \"a\u0007b\"\n")));
        assertThat(e.getMessage()).contains("U+0007");
        assertThat(e.line()).isEqualTo(302);
        assertThat(e.column()).isEqualTo(6);
    }

    @Test
    void latin1TextIsReportedAsNotUtf8AtTheAccentedLetter() {
        byte[] latin1 = "flowName: a\ndescription: Export d'été\n".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = catchThrowableOfType(InputException.class, () -> parse(latin1));
        assertThat(e.getMessage()).isEqualTo("the file is not valid UTF-8: byte 0xE9 does not begin a complete"
                + " character here; save the file as UTF-8");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(23);
    }

    @Test
    void aFileCutInsideACharacterIsLocatedAtThatCharacter() {
        byte[] whole = utf8("flowName: a\nnote: é");
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        InputException e = catchThrowableOfType(InputException.class, () -> parse(cut));
        assertThat(e.getMessage()).contains("not valid UTF-8", "0xC3");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(7);

        byte[] utf16 = encoded("flowName: a\nnote: b", StandardCharsets.UTF_16LE, 0xFF, 0xFE);
        InputException odd = catchThrowableOfType(InputException.class,
                () -> parse(java.util.Arrays.copyOf(utf16, utf16.length - 1)));
        assertThat(odd.getMessage()).contains("not valid UTF-16LE");
        assertThat(odd.line()).isEqualTo(2);
        assertThat(odd.column()).isEqualTo(7);
    }
}
