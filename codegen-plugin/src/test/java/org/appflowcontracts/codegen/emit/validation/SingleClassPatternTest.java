package org.appflowcontracts.codegen.emit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The char-loop check agrees with the regex for every committed pattern that takes the fast path. */
class SingleClassPatternTest {

    private static final Path SCHEMAS = Path.of("../schemas/src/main/resources/schemas/appflow/2020-08-23");

    @Test
    void fastCheckAgreesWithRegexOnEveryCommittedSingleClassPattern() throws IOException {
        TreeSet<String> patterns = committedPatterns();
        int fast = 0;
        for (String regex : patterns) {
            var recognised = SingleClassPattern.recognise(regex);
            if (recognised.isEmpty()) {
                continue;
            }
            fast++;
            Pattern pattern = Pattern.compile(regex);
            for (String sample : samples(recognised.get(), regex.hashCode())) {
                assertThat(recognised.get().test(sample))
                        .as("pattern %s on %s", regex, sample.chars().mapToObj(Integer::toHexString).toList())
                        .isEqualTo(pattern.matcher(sample).find());
            }
        }
        // The importer writes most API patterns as one repeated class; they must all be recognised.
        assertThat(fast).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anythingBeyondTheImporterSyntaxKeepsTheRegex() {
        String end = "$(?![\\n\\r\\u0085\\u2028\\u2029])";
        assertThat(SingleClassPattern.recognise("^(?:[a-z]*)" + end)).isPresent();
        assertThat(SingleClassPattern.recognise("^(?:[^\\t-\\r ]+)" + end)).isPresent();
        assertThat(SingleClassPattern.recognise("^(?:[a-z]?)" + end)).isEmpty();
        assertThat(SingleClassPattern.recognise("^(?:[\\w]*)" + end)).isEmpty();
        assertThat(SingleClassPattern.recognise("^(?:[a-z&&b]*)" + end)).isEmpty();
        assertThat(SingleClassPattern.recognise("^(?:[-a]*)" + end)).isEmpty();
        assertThat(SingleClassPattern.recognise("^(?:[z-a]*)" + end)).isEmpty();
        assertThat(SingleClassPattern.recognise("^(?:[a-z][0-9]*)" + end)).isEmpty();
        assertThat(SingleClassPattern.recognise("^(?:[a-z]*)$")).isEmpty();
        assertThat(SingleClassPattern.recognise("^[a-z]*$")).isEmpty();
        // Half the surrogates: a per-char check would disagree with the regex on pairs.
        assertThat(SingleClassPattern.recognise("^(?:[\\uD800-\\uDBFF]*)" + end)).isEmpty();
        // Any surrogate in the class: the regex reads a pair as one code point, a char loop would not.
        assertThat(SingleClassPattern.recognise("^[\\uD800-\\uDFFF]+$(?![\\s\\S])")).isEmpty();
        assertThat(SingleClassPattern.recognise("^[^\\uD800-\\uDFFF]+$(?![\\s\\S])")).isEmpty();
        assertThat(SingleClassPattern.recognise("^(?:[a\\uDC00]*)" + end)).isEmpty();
        assertThat(SingleClassPattern.recognise("^(?:[\\u00ZZ]*)" + end)).isEmpty();
    }

    @Test
    void overlaySpellingsTakeTheFastPathWithTheRegexVerdict() {
        List<String> overlayPatterns = List.of(
                "^[^ \\t\\n\\x0B\\f\\r]+$(?![\\s\\S])",
                "^(?:[a-zA-Z0-9_+,./:;<=@ \\t\\n\\x0B\\f\\r-]*)$(?![\\s\\S])",
                "^(?:[a-]*)$(?![\\n\\r\\u0085\\u2028\\u2029])");
        List<String> samples = List.of("", "a", "-", "a-b", "bucket", "has space", "tab\there", "vt\u000Bx",
                "trailing\n", "\u0085", "x\uD83D\uDE00y", "\uD800", "A+,./:;<=@_");
        for (String regex : overlayPatterns) {
            var recognised = SingleClassPattern.recognise(regex).orElseThrow();
            Pattern pattern = Pattern.compile(regex);
            for (String sample : samples) {
                assertThat(recognised.test(sample)).as("%s on %s", regex, sample).isEqualTo(pattern.matcher(sample).find());
            }
        }
        // Still the regex: a range ending in '-' is ambiguous, and \\x needs two hex digits.
        assertThat(SingleClassPattern.recognise("^[a-z-0]+$(?![\\s\\S])")).isEmpty();
        assertThat(SingleClassPattern.recognise("^[\\xG0]+$(?![\\s\\S])")).isEmpty();
    }

    @Test
    void plusRequiresANonEmptyString() {
        var plus = SingleClassPattern.recognise("^(?:[a-z]+)$(?![\\n\\r\\u0085\\u2028\\u2029])").orElseThrow();
        var star = SingleClassPattern.recognise("^(?:[a-z]*)$(?![\\n\\r\\u0085\\u2028\\u2029])").orElseThrow();
        assertThat(plus.test("")).isFalse();
        assertThat(star.test("")).isTrue();
        assertThat(plus.test("abc")).isTrue();
        assertThat(plus.test("abC")).isFalse();
    }

    private static TreeSet<String> committedPatterns() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        TreeSet<String> out = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        files.add(SCHEMAS.resolve("shapes.schema.json"));
        try (Stream<Path> rules = Files.list(SCHEMAS.resolve("rules"))) {
            rules.sorted().forEach(files::add);
        }
        for (Path file : files) {
            collect(mapper.readTree(Files.readString(file)), out);
        }
        assertThat(out).isNotEmpty();
        return out;
    }

    private static void collect(JsonNode node, TreeSet<String> out) {
        if (node.isObject()) {
            for (var e : node.properties()) {
                if (e.getKey().equals("pattern") && e.getValue().isString()) {
                    out.add(e.getValue().stringValue());
                }
                collect(e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                collect(child, out);
            }
        }
    }

    /** Empty, single chars at and around every range boundary, line terminators, surrogates, and random mixes. */
    private static List<String> samples(SingleClassPattern fast, long seed) {
        List<Character> interesting = new ArrayList<>();
        for (char c : fast.ranges()) {
            interesting.add((char) (c - 1));
            interesting.add(c);
            interesting.add((char) (c + 1));
        }
        for (char c : new char[] {'\n', '\r', '\u0085', '\u2028', '\u2029', '\t', ' ', 'a', '0',
                '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFF', '\u0000'}) {
            interesting.add(c);
        }
        List<String> out = new ArrayList<>();
        out.add("");
        out.add("\uD83D\uDE00");
        out.add("a\uD83D\uDE00b");
        for (char c : interesting) {
            out.add(String.valueOf(c));
            out.add("a" + c);
            out.add(c + "a");
            out.add(c + "\n");
        }
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(6);
            for (int j = 0; j < length; j++) {
                b.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : interesting.get(random.nextInt(interesting.size())));
            }
            out.add(b.toString());
        }
        return out;
    }
}
