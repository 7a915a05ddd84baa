package org.appflowcontracts.codegen.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.appflowcontracts.codegen.emit.validation.AutomatonProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test of the pattern automaton against {@code java.util.regex}: for every pattern {@link Dfa#of}
 * takes, the generated {@code CharAutomaton} (compiled from the tables {@code AutomatonCode} writes) and a plain
 * simulation of the tables must both give {@code Pattern.compile(EcmaPatterns.toJava(p)).matcher(s).find()} (a
 * bare {@code $} meaning the end of input, as in ECMA-262) for every string tried.
 * Patterns come from a small grammar with fixed seeds (literals incl. lone surrogates and supplementary code points,
 * escaped or raw, classes, groups, alternation with empty branches, greedy and lazy quantifiers, the two end-of-input
 * spellings, redundant inner anchors); strings come from an alphabet cut at the automaton's interval boundaries plus
 * line terminators, lone surrogates and pairs, and from walks through the automaton, so matches are tested as much
 * as failures. Patterns Java refuses must be refused too.
 */
class DfaSemanticsTest {

    static final String END = "$(?![\\s\\S])";
    static final String END_TERMINATORS = "$(?![\\n\\r\\u0085\\u2028\\u2029])";

    /** Pattern → strings where an automaton once disagreed with java.util.regex, or that probe a rule of Java's. */
    private static final Map<String, List<String>> REGRESSIONS = new LinkedHashMap<>();

    static {
        String pair = "\uD83D\uDE00";
        // A backslash before a supplementary character escapes the whole code point, not its high half.
        REGRESSIONS.put("^\\" + pair + "{2}" + END, List.of(pair + pair, pair, "\uD83D\uD83D", ""));
        REGRESSIONS.put("[\\" + pair + "]x", List.of(pair + "x", "\uDE00x", "x"));
        // Anchored at the start, a lone low surrogate in a literal run is harmless: find() cannot start in a pair.
        REGRESSIONS.put("^\\uDC00x", List.of("\uD800\uDC00x", "\uDC00x", "x"));
        REGRESSIONS.put("^(?:\\uDE00|a)+" + END, List.of(pair, "\uDE00a\uDE00", "a" + pair));
        // Whole-code-point classes may begin an unanchored pattern: Java's search then skips whole pairs too.
        REGRESSIONS.put("[^a]x", List.of(pair + "x", "\uDE00x", "ax"));
        REGRESSIONS.put(".\\uDE00?", List.of(pair, "\uDE00", ""));
        // Counted repetition, empty alternatives, nested quantifiers, lazy quantifiers.
        REGRESSIONS.put("^(?:|a)(?:b|c|)*d" + END, List.of("d", "ad", "abcbd", "aad", "ab"));
        REGRESSIONS.put("^(?:a|ab){2}c" + END, List.of("abac", "aac", "ababc", "abc"));
        REGRESSIONS.put("^(?:a{2,3}){2}" + END, List.of("aaaa", "aaaaa", "aaaaaa", "aaa", "aaaaaaa"));
        REGRESSIONS.put("^(?:a?){3}b" + END, List.of("b", "ab", "aaab", "aaaab"));
        REGRESSIONS.put("^a*?b+?" + END, List.of("ab", "b", "a", "aabb"));
        REGRESSIONS.put("x{0}y", List.of("y", "xy", "x"));
        // End of input versus the line terminators '$' alone would stop before.
        REGRESSIONS.put("a" + END_TERMINATORS, List.of("a", "a\n", "a\r\n", "a\u0085", "a\u2028", "a\u2029", "ba"));
        REGRESSIONS.put("^(?:a$(?![\\s\\S])|b)" + END, List.of("a", "b", "a\n", "ab"));
        REGRESSIONS.put("^(?:^a|^b)c" + END, List.of("ac", "bc", "c", "abc"));
        // A negative lookahead after a leading '^' (the API's tag keys, an S3 prefix's first character): the input
        // must not start with what it refuses, whatever the rest matched, even past the end of the body's match.
        REGRESSIONS.put("^(?!/)", List.of("", "/", "a", "/a", "a/"));
        REGRESSIONS.put("^(?!aws:)[a-zA-Z+-=._:/]+$", List.of("aws:x", "aws", "awsx:", "a", "", "Aws:x", "x:aws:"));
        REGRESSIONS.put("^(?:^(?!aws:)[+-=A-Z_a-z]+$)$(?![\\n\\r\\u0085\\u2028\\u2029])",
                List.of("aws:a", "abc", "abc\n", "", "aws"));
        REGRESSIONS.put("^(?!ab)a", List.of("a", "ab", "abc", "ac", "b", ""));
        REGRESSIONS.put("^(?!a*)x", List.of("x", "", "ax"));
        REGRESSIONS.put("^(?!a|bc)(?:b|c)+", List.of("bc", "bb", "cb", "a", "b", "bcc"));
        REGRESSIONS.put("^(?!x{2})x*y?" + END, List.of("", "x", "xx", "xy", "y", "xxy"));
        // The widest interval table taken still compiles as one initializer (each automaton has its own method).
        REGRESSIONS.put(spacedClass((Dfa.MAX_INTERVALS - 1) / 2), List.of("\u0100\u0102", "\u0101", "\u04fc", ""));
    }

    /** Patterns that must keep java.util.regex, with the reason. */
    private static final Map<String, String> REFUSED = new LinkedHashMap<>();

    static {
        // java.util.regex tries every char index when the pattern has no supplementary character: a literal run
        // starting with a lone low surrogate then matches inside a pair ("\uD800\uDC00x"), which an automaton
        // reading whole code points cannot do.
        REFUSED.put("\\uDC00x", "a match may start inside a surrogate pair");
        REFUSED.put("a|\\x{DC00}x", "a match may start inside a surrogate pair");
        REFUSED.put("(?:\\uDC00\\uDC00)", "a match may start inside a surrogate pair");
        // A quantifier after a quantifier quantifies an empty atom in Java: a{2}{3} is aa, a+{2} is a+.
        REFUSED.put("^a{2}{3}" + END, "stacked quantifier");
        REFUSED.put("^a+{2}" + END, "stacked quantifier");
        REFUSED.put("^a?{2}" + END, "stacked quantifier");
        REFUSED.put("^a{1}?{2}" + END, "stacked quantifier");
    }

    /** Patterns java.util.regex rejects; the automaton compiler must not take them either (and must not throw). */
    private static final List<String> INVALID = List.of("a???", "a**", "a{3,1}", "a{99999999999}", "a{2147483648}",
            "(?<é>a)", "(?<a-b>a)", "(?<a>x)(?<a>y)", "(?<1a>x)", "[b-a]", "a{,2}");

    @TempDir
    static Path work;

    private static final List<String> patterns = new ArrayList<>();
    private static final List<Dfa> automata = new ArrayList<>();
    private static final List<String> invalidGenerated = new ArrayList<>();
    private static final Set<String> GUARDED = new LinkedHashSet<>();
    private static int generated;
    private static AutomatonProbe probe;

    @BeforeAll
    static void compileAutomata() throws Exception {
        Set<String> all = new LinkedHashSet<>(REGRESSIONS.keySet());
        Random random = new Random(20_260_101L);
        while (generated < 3_000) {
            all.add(new PatternGrammar(random).pattern());
            generated++;
        }
        // A leading negative lookahead in front of a generated body, its own body generated too.
        for (int i = 0; i < 600; i++) {
            String refused = new PatternGrammar(random).pattern().replace("^", "");
            String rest = new PatternGrammar(random).pattern();
            String guarded = "^(?!" + refused + ")" + (rest.startsWith("^") ? rest.substring(1) : rest);
            all.add(guarded);
            GUARDED.add(guarded);
        }
        for (String pattern : all) {
            boolean valid = isValidJava(pattern);
            Optional<Dfa> dfa = Dfa.of(pattern);
            if (!valid) {
                invalidGenerated.add(pattern);
            } else if (dfa.isPresent() && !(dfa.get().longValueRegex() != null && unwritableAsSource(pattern))) {
                // A pattern kept for long values is emitted as a string literal, which cannot carry a raw
                // U+2028/U+2029 or a lone surrogate; the schema compiler refuses schema strings holding one
                // (SourceTextCheck) before they get here.
                patterns.add(pattern);
                automata.add(dfa.get());
            }
        }
        probe = AutomatonProbe.compile(work, automata);
    }

    @Test
    void guardedPatternsBecomeAutomataToo() {
        long taken = GUARDED.stream().filter(patterns::contains).count();
        assertThat(taken).as("generated patterns with a leading negative lookahead the compiler takes")
                .isGreaterThan(60);
    }

    @Test
    void generatedPatternsMostlyBecomeAutomata() {
        assertThat(patterns).containsAll(REGRESSIONS.keySet());
        assertThat(patterns.size()).as("random patterns the automaton compiler takes").isGreaterThan(generated / 3);
    }

    @Test
    void automataAgreeWithJavaRegexOnGeneratedStrings() throws Exception {
        long found = 0;
        long missed = 0;
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            Pattern regex = Pattern.compile(EcmaPatterns.toJava(pattern));
            Object automaton = probe.automaton(i);
            Random random = new Random(31L * i + pattern.hashCode());
            for (String s : DfaSamples.samples(automata.get(i), random)) {
                boolean expected = regex.matcher(s).find();
                assertAgrees(pattern, automata.get(i), automaton, s, expected);
                if (expected) {
                    found++;
                } else {
                    missed++;
                }
            }
        }
        // Both verdicts occur often, so neither half of the comparison is vacuous.
        assertThat(found).isGreaterThan(50_000);
        assertThat(missed).isGreaterThan(50_000);
    }

    @Test
    void regressionCasesAgreeWithJavaRegex() throws Exception {
        for (Map.Entry<String, List<String>> entry : REGRESSIONS.entrySet()) {
            int i = patterns.indexOf(entry.getKey());
            Object automaton = probe.automaton(i);
            Pattern regex = Pattern.compile(EcmaPatterns.toJava(entry.getKey()));
            for (String s : entry.getValue()) {
                assertAgrees(entry.getKey(), automata.get(i), automaton, s, regex.matcher(s).find());
            }
        }
        // The verdicts these cases pin down, spelled out.
        assertThat(runtime("^\\\uD83D\uDE00{2}" + END, "\uD83D\uDE00\uD83D\uDE00")).isTrue();
        assertThat(runtime("^\\uDC00x", "\uD800\uDC00x")).isFalse();
        assertThat(runtime("^(?:a|ab){2}c" + END, "abac")).isTrue();
        assertThat(runtime("a" + END_TERMINATORS, "a\n")).isFalse();
    }

    @Test
    void constructsTheAutomatonCannotMirrorKeepTheRegex() {
        assertThat(Pattern.compile("\\uDC00x").matcher("\uD800\uDC00x").find()).isTrue();
        assertThat(Pattern.compile("^a{2}{3}$").matcher("aa").find()).isTrue();
        for (Map.Entry<String, String> refused : REFUSED.entrySet()) {
            assertThat(Dfa.of(refused.getKey())).as("%s (%s)", refused.getKey(), refused.getValue()).isEmpty();
        }
    }

    @Test
    void patternsJavaRejectsAreRefusedWithoutAnException() {
        for (String pattern : INVALID) {
            assertThat(isValidJava(pattern)).as(pattern).isFalse();
            assertThat(Dfa.of(pattern)).as(pattern).isEmpty();
        }
        for (String pattern : invalidGenerated) {
            assertThat(Dfa.of(pattern)).as(pattern).isEmpty();
        }
    }

    @Test
    void longInputsAgreeWithJavaRegex() throws Exception {
        String pair = "\uD83D\uDE00";
        List<String> longInputs = List.of("a".repeat(100_000), "ab".repeat(50_000) + "\n", pair.repeat(40_000) + "x",
                "a".repeat(99_999) + "\r\n", "\uDE00".repeat(50_000) + "\uD83D", "x".repeat(70_000) + "\u2029");
        for (String pattern : List.of("^[a-z]*" + END, "^\\S+" + END, "[^a]x", "b\\n" + END, "^a*\\r\\n" + END,
                "[\\x{10000}-\\x{10FFFF}]x", "^[\\uDC00-\\uDFFF]*\\uD83D" + END, "x\\u2029" + END_TERMINATORS,
                "^(?:ab)*" + END)) {
            Optional<Dfa> dfa = Dfa.of(pattern);
            assertThat(dfa).as(pattern).isPresent();
            Pattern regex = Pattern.compile(EcmaPatterns.toJava(pattern));
            for (String s : longInputs) {
                boolean expected = regex.matcher(s).find();
                assertThat(simulate(dfa.get(), s)).as("/%s/ on %d chars", pattern, s.length()).isEqualTo(expected);
            }
        }
        // The generated runtime on a long input, for a pattern Java decides with deep recursion.
        assertThat(runtime("^(?:a|ab){2}c" + END, "ab".repeat(100_000))).isFalse();
    }

    @Test
    void tablesAndEmittedCodeAreDeterministic() throws Exception {
        for (int i = 0; i < patterns.size(); i++) {
            Dfa again = Dfa.of(patterns.get(i)).orElseThrow();
            assertThat(again).isEqualTo(automata.get(i));
            assertThat(AutomatonProbe.construct(again).toString()).isEqualTo(AutomatonProbe.construct(automata.get(i)).toString());
        }
    }

    @Test
    void oversizedPatternsAreRefusedQuickly() {
        // A guard against unbounded construction (an unbounded one runs for hours), not a speed measurement: the
        // bound is generous so a build on a saturated machine does not fail it.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            // Thompson states beyond the bound.
            assertThat(Dfa.of("^a{" + Dfa.MAX_NFA_STATES + "}" + END)).isEmpty();
            assertThat(Dfa.of("^(?:a{100}){100}" + END)).isEmpty();
            assertThat(Dfa.of("^a{0,2147483647}" + END)).isEmpty();
            // Subset construction beyond the state bound: the tenth symbol from the end must be an 'a'.
            assertThat(Dfa.of("a[ab]{9}" + END)).isEmpty();
            // Below the bound the same shape is taken.
            assertThat(Dfa.of("a[ab]{5}" + END)).isPresent();
            // Many distinct columns times many states exceed the transition bound.
            StringBuilder wide = new StringBuilder("^(?:");
            for (int c = 0; c < 40; c++) {
                wide.append(c == 0 ? "" : "|").append("\\x{").append(Integer.toHexString(0x4E00 + 2 * c)).append("}{")
                        .append(c % 13 + 1).append('}');
            }
            assertThat(Dfa.of(wide.append(")").append(END).toString())).isEmpty();
            // Interval tables beyond the bound would outgrow the class initializer ("code too large").
            assertThat(Dfa.of(spacedClass(Dfa.MAX_INTERVALS / 2))).isEmpty();
            assertThat(Dfa.of(spacedClass(4_000))).isEmpty();
        });
    }

    /** {@code ^[\x{100}\x{102}...]+} with {@code members} code points two apart: 2 * members + 1 intervals. */
    private static String spacedClass(int members) {
        StringBuilder b = new StringBuilder("^[");
        for (int i = 0; i < members; i++) {
            b.append("\\x{").append(Integer.toHexString(0x100 + 2 * i)).append('}');
        }
        return b.append("]+").append(END).toString();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void assertAgrees(String pattern, Dfa dfa, Object automaton, String s, boolean expected)
            throws Exception {
        String described = s.length() > 40 ? s.length() + " chars" : s.chars().mapToObj(Integer::toHexString).toList()
                .toString();
        assertThat(probe.matches(automaton, s)).as("runtime /%s/ on %s", pattern, described)
                .isEqualTo(expected);
        assertThat(simulate(dfa, s)).as("tables /%s/ on %s", pattern, described).isEqualTo(expected);
    }

    private static boolean runtime(String pattern, String s) throws Exception {
        int i = patterns.indexOf(pattern);
        assertThat(i).as(pattern).isNotNegative();
        return probe.matches(i, s);
    }

    /** The tables read the way String.codePoints() reads: pairs joined, lone surrogates as themselves. */
    private static boolean simulate(Dfa dfa, String s) {
        int state = 0;
        if (!dfa.wholeInput() && dfa.accepting()[0]) {
            return true;
        }
        for (int cp : s.codePoints().toArray()) {
            int at = Arrays.binarySearch(dfa.intervalStarts(), cp);
            int column = dfa.intervalColumns()[at >= 0 ? at : -at - 2];
            state = dfa.transitions()[state * dfa.columns() + column];
            if (state < 0) {
                return false;
            }
            if (!dfa.wholeInput() && dfa.accepting()[state]) {
                return true;
            }
        }
        return dfa.accepting()[state];
    }

    private static boolean unwritableAsSource(String pattern) {
        return pattern.indexOf('\u2028') >= 0 || pattern.indexOf('\u2029') >= 0
                || !java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(pattern);
    }

    private static boolean isValidJava(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
