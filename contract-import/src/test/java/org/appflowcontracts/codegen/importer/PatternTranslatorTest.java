package org.appflowcontracts.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.appflowcontracts.codegen.regex.UnsupportedPatternException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternTranslatorTest {

    private static final String GUARD = PatternTranslator.END_GUARD;

    /** Strings on which Java's shorthand, dot, dollar and surrogate handling differ from a naive reading. */
    private static final List<String> PROBES = List.of("", "a", "ab", "a b", "a\tb", "a\u00A0b", "a\u2028b", "a\n",
            "a\r\n", "a\u0085", "a\u2029", "\n", "\u000B", "\f", "\uD83D\uDE00", "a\uD83D\uDE00b", "\uD83D", "\uDE00",
            "a\uD83Db", "\uDBFF\uDFFF", "\uFFFD", "\uFFFE", "\u00E9", "aws:x", "x:aws", "+", ",", "=", "-", "_", "0",
            "arn:aws:iam::123:role/x", "arn:aws:iam::123:role/x\n", "abc", "123", "12", "1234", "\t", " ");

    @Test
    void anchorsWithAGuardAgainstJavasDollar() {
        assertThat(PatternTranslator.translate("[a-z]+")).isEqualTo("^(?:[a-z]+)$" + GUARD);
        assertThat(Pattern.compile(PatternTranslator.translate("[a-z]+")).matcher("ab\n").find()).isFalse();
        assertThat(Pattern.compile(PatternTranslator.translate("[a-z]+")).matcher("ab").find()).isTrue();
    }

    @Test
    void rewritesShorthandClassesWithJavasAsciiMeaning() {
        assertThat(PatternTranslator.translate("\\w")).isEqualTo("^(?:[0-9A-Z_a-z])$" + GUARD);
        assertThat(PatternTranslator.translate("\\d{3}")).isEqualTo("^(?:[0-9]{3})$" + GUARD);
        assertThat(PatternTranslator.translate("[\\s]")).isEqualTo("^(?:[\\t-\\r ])$" + GUARD);
    }

    @Test
    void readsPlusDashEqualsAsARange() {
        String emitted = PatternTranslator.translate("[\\s\\w+-=\\.:/@]*");
        assertThat(emitted).isEqualTo("^(?:[\\t-\\r +-=@-Z_a-z]*)$" + GUARD);
        assertThat(Pattern.compile(emitted).matcher(",;<").find()).isTrue();
    }

    @Test
    void writesTheSupplementaryRangeAsAlternativesBothEnginesRead() {
        String emitted = PatternTranslator.translate("[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*");
        // unrolled: the repeated group turns once per supplementary character only
        assertThat(emitted).isEqualTo("^(?:[\\t -\\uD7FF\\uE000-\\uFFFD]*(?:(?:[^\\u0000-\\uFFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])"
                + "[\\t -\\uD7FF\\uE000-\\uFFFD]*)*)$" + GUARD);
    }

    @Test
    void writesARepeatedSetHoldingAllSurrogatesAndSupplementaryCodePointsAsOnePlainClass() {
        assertThat(PatternTranslator.translate("\\S+")).isEqualTo("^(?:[^\\t-\\r ]+)$" + GUARD);
        assertThat(PatternTranslator.translate(".*")).isEqualTo("^(?:[^\\n\\r\\u0085\\u2028\\u2029]*)$" + GUARD);
        // one character, or a counted run, still needs the alternation: a pair is one character in Java only
        assertThat(PatternTranslator.translate("\\S")).startsWith("^(?:(?:[^\\u0000-\\uFFFF]|");
        assertThat(PatternTranslator.translate(".{2,}")).startsWith("^(?:(?:[^\\u0000-\\uFFFF]|");
    }

    @Test
    void repeatedPlainClassesMatchVeryLongStringsWithoutRecursing() {
        String longValue = "x".repeat(200_000) + "\uD83D\uDE00" + "x".repeat(200_000);
        for (String modelPattern : List.of("\\S+", ".*", "arn:aws:iam:.*:[0-9]+:.*",
                "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*")) {
            Pattern emitted = Pattern.compile(PatternTranslator.translate(modelPattern));
            String probe = modelPattern.startsWith("arn") ? "arn:aws:iam::1:" + longValue : longValue;
            assertThat(emitted.matcher(probe).find()).as(modelPattern).isTrue();
            assertThat(emitted.matcher(probe + "\n").find()).as(modelPattern).isFalse();
        }
    }

    @Test
    void keepsLookaheadsAndInnerAnchors() {
        assertThat(PatternTranslator.translate("^(?!aws:)[a-z]+$")).isEqualTo("^(?:^(?!aws:)[a-z]+$)$" + GUARD);
        assertThat(PatternTranslator.translate("^$|ab")).isEqualTo("^(?:^$|ab)$" + GUARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {".*", ".+", "\\S+", "[ -~]+", "[\\s\\w+-=\\.:/@]*", "[\\w!@#\\-.?,\\s]*",
            "^(?!aws:)[a-zA-Z+-=._:/]+$", "^$|com.amazonaws.vpce.[\\w/!:@#.\\-]+", "^\\d{3}$", "a.b", "[^a]", "\\W",
            "\\D+", "(ab|a)c?", "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*", "x{2,3}", "a\\x41",
            "arn:aws:iam:.*:[0-9]+:.*", "^([a-zA-Z0-9_=]+)\\.([a-zA-Z0-9_=]+)\\.([a-zA-Z0-9_\\-\\+\\/=]*)", "\\uD83D\\uDE00?",
            "[^\\n]", "..", "[\\uD800-\\uDFFF]", ".{2,}", "\\S*?x", ".+\\S", "[^a]+", "[a-z\\uD800\\uDC00-\\uDBFF\\uDFFF]+b",
            "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]+?"})
    void javaFindOnTheEmittedPatternEqualsJavaFullMatchOnTheModelPattern(String modelPattern) {
        Pattern aws = Pattern.compile(modelPattern);
        Pattern emitted = Pattern.compile(PatternTranslator.translate(modelPattern));
        for (String probe : PROBES) {
            assertThat(emitted.matcher(probe).find()).as("%s on %s", modelPattern, escape(probe))
                    .isEqualTo(aws.matcher(probe).matches());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\p{L}", "(a)\\1", "(?i)a", "a++", "(?<=a)b", "a$b", "[a&&b]", "[\\x{1F600}-\\x{1F64F}]",
            "\\bword", "(a", "a)", "[a", "*a", "\\Qa\\E"})
    void rejectsConstructsItCannotCarryOver(String modelPattern) {
        assertThatThrownBy(() -> PatternTranslator.translate(modelPattern))
                .isInstanceOf(UnsupportedPatternException.class)
                .hasMessageContaining("unsupported pattern construct")
                .hasMessageContaining(modelPattern);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }
}
