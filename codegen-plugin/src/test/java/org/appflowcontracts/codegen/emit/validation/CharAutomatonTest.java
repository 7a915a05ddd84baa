package org.appflowcontracts.codegen.emit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.appflowcontracts.codegen.regex.Dfa;
import org.appflowcontracts.codegen.regex.EcmaPatterns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The generated {@code CharAutomaton}, built from the tables {@link AutomatonCode} writes, gives the verdict of
 * {@code java.util.regex} find() — for every committed pattern the automaton compiler takes and for hand-picked
 * patterns around anchors, repetition and surrogates — on boundary strings, random strings, and strings walked
 * out of the automaton itself (so matching inputs are tested, not only failures).
 */
class CharAutomatonTest {

    private static final Path SCHEMAS = Path.of("../schemas/src/main/resources/schemas/appflow/2020-08-23");
    private static final String GUARD = "$(?![\\n\\r\\u0085\\u2028\\u2029])";

    /** Patterns chosen to reach every branch of the anchor handling and of code point reading. */
    private static final List<String> TRICKY = List.of(
            "abc", "^abc", "abc$(?![\\s\\S])", "b*", "^$(?![\\s\\S])", "x?y{2,3}z{0,2}$(?![\\s\\S])",
            "^(?:^a|^b)c" + GUARD, "^(?!aws:)[a-z]+$(?![\\s\\S])", "^(?!/)", "^(?:^[0-9]{3}$)" + GUARD, "^(?:^$|com.amazonaws.vpce.[a-z]+)" + GUARD,
            "^(?:a|)(?:b|c)*d" + GUARD, "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$(?![\\s\\S])",
            "^(?:[^\\u0000-\\uFFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])+" + GUARD, "^[\\uD800-\\uDFFF]+$(?![\\s\\S])",
            "^.{2}$(?![\\s\\S])", "^[\\s\\S]{1,3}$(?![\\s\\S])", "^\\w+\\s\\d*\\S?$(?![\\s\\S])", "^[\\uDC00-\\uDFFF]x",
            "^(?:(?:a|b)*c)*" + GUARD, "^\\uD83D\\uDE00+$(?![\\s\\S])", "^0*[1-9][0-9]{11,}(?:\\.[0-9]+)?$(?![\\s\\S])",
            "^aws\\.partner/", "(?:a|^)b", "(?:^|,)x", "(?:^|/)(?:EntityOf|FactsOf)[^/]*$(?![\\s\\S])", "^(?:a|^b)c",
            "^(?:rate\\( *0*[1-9][0-9]* *(?:minutes|hours|days) *\\))$(?![\\s\\S])");

    private static final List<String> REFUSED = List.of(
            "a(?!aws:)[a-z]+$(?![\\s\\S])", "^a(?!b)[a-z]", "^(?!^a)b", "^a$b(?![\\s\\S])", "^(?:a$|b)c" + GUARD,
            "^a(?=b)b$(?![\\s\\S])", "^a$(?!x)", "^a{1,5000}$(?![\\s\\S])",
            "[\\uDC00-\\uDFFF]x");

    @TempDir
    static Path work;

    private static List<String> patterns;
    private static List<Dfa> automata;
    private static AutomatonProbe probe;

    @BeforeAll
    static void compileAutomata() throws Exception {
        patterns = new ArrayList<>();
        automata = new ArrayList<>();
        for (String pattern : union(committedPatterns(), TRICKY)) {
            Optional<Dfa> dfa = Dfa.of(pattern);
            if (dfa.isPresent()) {
                patterns.add(pattern);
                automata.add(dfa.get());
            }
        }
        probe = AutomatonProbe.compile(work, automata);
    }

    @Test
    void mostCommittedPatternsAndEveryTrickyOneBecomeAutomata() throws IOException {
        TreeSet<String> committed = committedPatterns();
        long taken = committed.stream().filter(patterns::contains).count();
        // Only patterns with lookaheads inside stay regexes; a plain trailing '$' is the end of input (ECMA-262).
        assertThat(taken).isGreaterThanOrEqualTo(committed.size() * 3 / 4);
        assertThat(patterns).containsAll(TRICKY);
        assertThat(Dfa.of("^[a-z]+$")).isPresent();
    }

    @Test
    void assertionsTheAutomatonCannotExpressKeepTheRegex() {
        for (String pattern : REFUSED) {
            assertThat(Dfa.of(pattern)).as(pattern).isEmpty();
        }
    }

    @Test
    void automataAgreeWithJavaRegexOnBoundaryRandomAndWalkedStrings() throws Exception {
        for (int i = 0; i < patterns.size(); i++) {
            Pattern regex = Pattern.compile(EcmaPatterns.toJava(patterns.get(i)));
            int matched = 0;
            for (String sample : samples(automata.get(i), new Random(patterns.get(i).hashCode()))) {
                boolean expected = regex.matcher(sample).find();
                assertThat(probe.matches(i, sample))
                        .as("/%s/ on %s", patterns.get(i), sample.codePoints().mapToObj(Integer::toHexString).toList())
                        .isEqualTo(expected);
                matched += expected ? 1 : 0;
            }
            assertThat(matched).as("matching samples of /%s/", patterns.get(i)).isPositive();
        }
    }

    @Test
    void longValuesAreDecidedInOnePassWithTheRegexsOwnVerdictUpToTheBound() throws Exception {
        int classes = patterns.indexOf("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$(?![\\s\\S])");
        assertThat(probe.matches(classes, "a".repeat(200_000))).isFalse();
        int glue = patterns.indexOf("^(?:[^\\u0000-\\uFFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])+" + GUARD);
        String pairs = "\uD83D\uDE00";
        // Up to the bound, the automaton's verdict, which is java.util.regex's given stack enough (the reference
        // engine runs a match that overflowed again on a deep stack). Beyond it no value matches, in both engines.
        assertThat(probe.matches(glue, pairs.repeat(128))).isTrue();
        String longValue = pairs.repeat(30_000);
        assertThat(probe.matches(glue, longValue)).isTrue().isEqualTo(deepStackVerdict(patterns.get(glue), longValue));
        assertThat(probe.matches(glue, pairs.repeat(40_000))).as("beyond the bound").isFalse();
        int nested = patterns.indexOf("^(?:(?:a|b)*c)*" + GUARD);
        String hostile = "ab".repeat(30_000) + "c";
        assertThat(probe.matches(nested, hostile)).isTrue().isEqualTo(deepStackVerdict(patterns.get(nested), hostile));
        assertThat(probe.matches(nested, hostile + "a")).isFalse();
    }

    private static boolean deepStackVerdict(String pattern, String value) throws InterruptedException {
        boolean[] found = new boolean[1];
        Thread deep = new Thread(null, () -> found[0] = Pattern.compile(pattern).matcher(value).find(), "deep",
                1L << 30);
        deep.start();
        deep.join();
        return found[0];
    }

    /**
     * The empty string, one code point from each side of every interval boundary (alone, between letters, before
     * a line terminator), surrogates and pairs, random mixes, and random walks through the automaton with one
     * code point changed or appended.
     */
    private static Set<String> samples(Dfa dfa, Random random) {
        List<Integer> interesting = new ArrayList<>(List.of((int) '\n', (int) '\r', 0x85, 0x2028, 0x2029, (int) 'a',
                (int) '0', 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFF, 0x1F600, 0x10FFFF, 0));
        for (int start : dfa.intervalStarts()) {
            interesting.add(start);
            if (start > 0) {
                interesting.add(start - 1);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        out.add("");
        out.add("\r\n");
        for (int cp : interesting) {
            String c = Character.toString(cp);
            out.add(c);
            out.add("a" + c + "a");
            out.add(c + "\n");
        }
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(8); j > 0; j--) {
                b.appendCodePoint(interesting.get(random.nextInt(interesting.size())));
            }
            out.add(b.toString());
        }
        shortestMatch(dfa).ifPresent(shortest -> {
            out.add(shortest);
            out.add("x/" + shortest);
            out.add(shortest + "/x");
        });
        for (int i = 0; i < 300; i++) {
            String walked = walk(dfa, random);
            out.add(walked);
            out.add(walked + "\n");
            out.add(walked + Character.toString(interesting.get(random.nextInt(interesting.size()))));
            if (!walked.isEmpty()) {
                int[] cps = walked.codePoints().toArray();
                cps[random.nextInt(cps.length)] = interesting.get(random.nextInt(interesting.size()));
                out.add(new String(cps, 0, cps.length));
            }
        }
        return out;
    }

    /** A shortest string the automaton accepts (breadth first over its states), if it accepts any. */
    private static Optional<String> shortestMatch(Dfa dfa) {
        String[] reached = new String[dfa.states()];
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(0));
        reached[0] = "";
        while (!queue.isEmpty()) {
            int state = queue.poll();
            if (dfa.accepting()[state]) {
                return Optional.of(reached[state]);
            }
            for (int interval = 0; interval < dfa.intervalStarts().length; interval++) {
                int next = dfa.transitions()[state * dfa.columns() + dfa.intervalColumns()[interval]];
                if (next >= 0 && reached[next] == null) {
                    reached[next] = reached[state] + Character.toString(dfa.intervalStarts()[interval]);
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }

    /** A string read along live transitions, ending in an accepting state when one is met and the walk stops. */
    private static String walk(Dfa dfa, Random random) {
        StringBuilder b = new StringBuilder();
        int state = 0;
        for (int steps = 0; steps < 80; steps++) {
            if (dfa.accepting()[state] && random.nextInt(4) == 0) {
                break;
            }
            List<Integer> live = new ArrayList<>();
            for (int interval = 0; interval < dfa.intervalStarts().length; interval++) {
                if (dfa.transitions()[state * dfa.columns() + dfa.intervalColumns()[interval]] >= 0) {
                    live.add(interval);
                }
            }
            if (live.isEmpty()) {
                break;
            }
            int interval = live.get(random.nextInt(live.size()));
            int first = dfa.intervalStarts()[interval];
            int last = interval + 1 < dfa.intervalStarts().length ? dfa.intervalStarts()[interval + 1] - 1 : 0x10FFFF;
            int cp = first + random.nextInt(Math.min(last - first, 64) + 1);
            b.appendCodePoint(cp);
            state = dfa.transitions()[state * dfa.columns() + dfa.intervalColumns()[interval]];
        }
        return b.toString();
    }

    private static List<String> union(Set<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
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
}
