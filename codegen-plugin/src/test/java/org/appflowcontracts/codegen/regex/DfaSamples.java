package org.appflowcontracts.codegen.regex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Strings to try a pattern automaton on: cut at its interval boundaries, and walks through it. */
final class DfaSamples {

    private DfaSamples() {
    }

/** Code points that separate the pattern's sets, plus terminators, surrogates and pairs. */
static List<Integer> alphabet(Dfa dfa) {
    Set<Integer> out = new LinkedHashSet<>(List.of((int) 'a', (int) 'b', (int) 'x', (int) '\n', (int) '\r', 0x85,
            0x2028, 0x2029, 0xD83D, 0xDE00, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x1F600, 0x10000, 0x10FFFF, 0xFFFF));
    for (int start : dfa.intervalStarts()) {
        out.add(start);
        if (start > 0) {
            out.add(start - 1);
        }
    }
    return new ArrayList<>(out);
}

/**
 * The empty string and single code points, random strings over the alphabet (adjacent lone surrogates forming
 * pairs by chance), and walks through the automaton alone, after a lone high surrogate or another code point,
 * and followed by a line terminator, "\r\n" or another code point.
 */
static Set<String> samples(Dfa dfa, Random random) {
    List<Integer> alphabet = alphabet(dfa);
    Set<String> out = new LinkedHashSet<>();
    out.add("");
    out.add("\r\n");
    for (int cp : alphabet) {
        out.add(Character.toString(cp));
    }
    for (int i = 0; i < 60; i++) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(9); n > 0; n--) {
            b.appendCodePoint(alphabet.get(random.nextInt(alphabet.size())));
        }
        out.add(b.toString());
    }
    String[] prefixes = {"", "\uD83D", "\uD800", "a"};
    String[] suffixes = {"", "\n", "\r\n", "\u0085", "\u2028", "\uDE00"};
    for (int i = 0; i < 40; i++) {
        String walked = walk(dfa, random);
        String other = Character.toString(alphabet.get(random.nextInt(alphabet.size())));
        out.add(walked);
        out.add(prefixes[random.nextInt(prefixes.length)] + walked + suffixes[random.nextInt(suffixes.length)]);
        out.add(other + walked);
        out.add(walked + other);
        if (!walked.isEmpty()) {
            int[] cps = walked.codePoints().toArray();
            cps[random.nextInt(cps.length)] = alphabet.get(random.nextInt(alphabet.size()));
            out.add(new String(cps, 0, cps.length));
            out.add(walked + walked);
        }
    }
    return out;
}

/** A string read along live transitions, stopping now and then in an accepting state. */
static String walk(Dfa dfa, Random random) {
    StringBuilder b = new StringBuilder();
    int state = 0;
    int[] starts = dfa.intervalStarts();
    for (int steps = 0; steps < 12; steps++) {
        if (dfa.accepting()[state] && random.nextInt(3) == 0) {
            break;
        }
        List<Integer> live = new ArrayList<>();
        for (int interval = 0; interval < starts.length; interval++) {
            if (dfa.transitions()[state * dfa.columns() + dfa.intervalColumns()[interval]] >= 0) {
                live.add(interval);
            }
        }
        if (live.isEmpty()) {
            break;
        }
        int interval = live.get(random.nextInt(live.size()));
        int first = starts[interval];
        int last = interval + 1 < starts.length ? starts[interval + 1] - 1 : CodePointSet.MAX_CODE_POINT;
        int pick = random.nextInt(3);
        b.appendCodePoint(pick == 0 ? first : pick == 1 ? last : first + random.nextInt(last - first + 1));
        state = dfa.transitions()[state * dfa.columns() + dfa.intervalColumns()[interval]];
    }
    return b.toString();
}
}
