package org.appflowcontracts.codegen.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Thompson automaton of an {@link AnchoredRegex} over code points. A state either consumes one code point of its
 * set and moves to its successor, or moves without consuming to any of its epsilon targets. Built from the end
 * of the pattern backwards, so every fragment knows where it continues. An unanchored start gets a loop over
 * every code point in front, which is what {@code find()} means: a match may start anywhere. A {@code ^} inside
 * the pattern is an epsilon state that the automaton may pass only before reading anything.
 */
final class Nfa {

    private static final CodePointSet LOW_SURROGATES = CodePointSet.range(Character.MIN_LOW_SURROGATE,
            Character.MAX_LOW_SURROGATE);
    private static final CodePointSet SUPPLEMENTARY = CodePointSet.range(Character.MIN_SUPPLEMENTARY_CODE_POINT,
            CodePointSet.MAX_CODE_POINT);

    private final List<CodePointSet> sets = new ArrayList<>();
    private final List<Integer> successors = new ArrayList<>();
    private final List<int[]> epsilons = new ArrayList<>();
    // Epsilon states of a '^': they may be passed only before the first code point is read.
    private final BitSet atStartOnly = new BitSet();
    private final int limit;
    private final String pattern;
    private final int accept;
    private final int start;

    private Nfa(AnchoredRegex regex, String pattern, int limit) {
        this.limit = limit;
        this.pattern = pattern;
        this.accept = epsilonState();
        int body = build(regex.body(), accept);
        if (regex.anchoredStart()) {
            this.start = body;
        } else {
            requireWholeCodePointStart(body);
            int loop = epsilonState();
            int any = consuming(CodePointSet.ALL, loop);
            epsilons.set(loop, new int[] {body, any});
            this.start = loop;
        }
    }

    /** Throws {@link UnsupportedPatternException} when the automaton would exceed {@code limit} states. */
    static Nfa of(AnchoredRegex regex, String pattern, int limit) {
        return new Nfa(regex, pattern, limit);
    }

    int size() {
        return sets.size();
    }

    int start() {
        return start;
    }

    int accept() {
        return accept;
    }

    /** The set a consuming state reads, or null for an epsilon state. */
    CodePointSet set(int state) {
        return sets.get(state);
    }

    int successor(int state) {
        return successors.get(state);
    }

    int[] epsilons(int state) {
        return epsilons.get(state);
    }

    /** Whether an epsilon state is a {@code ^}: passable only at the start of the input. */
    boolean atStartOnly(int state) {
        return atStartOnly.get(state);
    }

    /**
     * find() on a pattern without supplementary characters (as java.util.regex judges it) tries every char index,
     * so a match may begin on the low half of a pair, read alone. This automaton reads whole pairs, so it refuses a
     * pattern whose match may begin with a low surrogate unless every supplementary code point may begin it too:
     * then starting on the pair's first half finds the same match.
     */
    private void requireWholeCodePointStart(int body) {
        boolean[] seen = new boolean[sets.size()];
        List<Integer> pending = new ArrayList<>(List.of(body));
        while (!pending.isEmpty()) {
            int state = pending.remove(pending.size() - 1);
            if (seen[state]) {
                continue;
            }
            seen[state] = true;
            CodePointSet set = sets.get(state);
            if (set == null) {
                Arrays.stream(epsilons.get(state)).forEach(pending::add);
            } else if (!set.intersect(LOW_SURROGATES).isEmpty() && !SUPPLEMENTARY.minus(set).isEmpty()) {
                throw new UnsupportedPatternException(pattern, "a match may start inside a surrogate pair");
            }
        }
    }

    /** Returns the first state of {@code node}, which continues to {@code next} once {@code node} has matched. */
    private int build(RegexNode node, int next) {
        if (node instanceof RegexNode.CharSet charSet) {
            return consuming(charSet.set(), next);
        }
        if (node instanceof RegexNode.Group group) {
            return build(group.body(), next);
        }
        if (node instanceof RegexNode.Sequence sequence) {
            int first = next;
            List<RegexNode> items = sequence.items();
            for (int i = items.size() - 1; i >= 0; i--) {
                first = build(items.get(i), first);
            }
            return first;
        }
        if (node instanceof RegexNode.Alternation alternation) {
            int fork = epsilonState();
            int[] targets = alternation.branches().stream().mapToInt(branch -> build(branch, next)).toArray();
            epsilons.set(fork, targets);
            return fork;
        }
        if (node instanceof RegexNode.Quantified quantified) {
            return repeat(quantified, next);
        }
        if (node instanceof RegexNode.StartAnchor) {
            int assertion = epsilonState();
            epsilons.set(assertion, new int[] {next});
            atStartOnly.set(assertion);
            return assertion;
        }
        throw new UnsupportedPatternException(pattern, "assertion inside the pattern");
    }

    /** {@code a{min,max}}: min copies in a row, then max - min nested optional copies, or a loop when unbounded. */
    private int repeat(RegexNode.Quantified quantified, int next) {
        int tail;
        if (quantified.max() < 0) {
            tail = epsilonState();
            int body = build(quantified.atom(), tail);
            epsilons.set(tail, new int[] {body, next});
        } else {
            tail = next;
            for (int i = quantified.min(); i < quantified.max(); i++) {
                int optional = epsilonState();
                int body = build(quantified.atom(), tail);
                epsilons.set(optional, new int[] {body, next});
                tail = optional;
            }
        }
        int first = tail;
        for (int i = 0; i < quantified.min(); i++) {
            first = build(quantified.atom(), first);
        }
        return first;
    }

    private int consuming(CodePointSet set, int next) {
        return add(set, next, null);
    }

    private int epsilonState() {
        return add(null, -1, new int[0]);
    }

    private int add(CodePointSet set, int next, int[] targets) {
        if (sets.size() >= limit) {
            throw new UnsupportedPatternException(pattern, "more than " + limit + " automaton states");
        }
        sets.add(set);
        successors.add(next);
        epsilons.add(targets);
        return sets.size() - 1;
    }
}
