package org.appflowcontracts.codegen.regex;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The automaton of {@code ^(?!L)R}: R read from the start of the input, while no prefix of the input may be in L
 * (what the negative lookahead refuses, whatever R matched). Both automata are read side by side in one subset
 * construction; a state that reaches L's accepting state is dead. When R may stop early (no end anchor), its match
 * is remembered, and the input is still read until L can no longer match: the result is a whole-input automaton
 * whose states say "R matched, L still possible", "R matched, L impossible" (accepting whatever follows) or "R
 * still reading". The tables are those of any other pattern, so the generated matcher is unchanged.
 */
final class GuardedDfa {

    /** A product state: R's states (empty once R matched, which {@code matched} then says) and L's states. */
    private record State(BitSet body, boolean matched, BitSet forbidden) {
    }

    private final Nfa body;
    private final boolean bodyToEnd;
    private final Nfa forbidden;

    private GuardedDfa(Nfa body, boolean bodyToEnd, Nfa forbidden) {
        this.body = body;
        this.bodyToEnd = bodyToEnd;
        this.forbidden = forbidden;
    }

    /** Empty when the automaton exceeds the bounds of {@link Dfa}. */
    static Optional<Dfa> build(Nfa body, boolean bodyToEnd, Nfa forbidden) {
        return new GuardedDfa(body, bodyToEnd, forbidden).build();
    }

    private Optional<Dfa> build() {
        int[] starts = intervalStarts();
        BitSet forbiddenStart = Dfa.closure(forbidden, Dfa.single(forbidden.start()), true);
        if (forbiddenStart.get(forbidden.accept())) {
            // L matches the empty prefix: the lookahead refuses every input.
            int[] dead = new int[starts.length];
            Arrays.fill(dead, -1);
            return Dfa.shareColumns(starts, List.of(dead), new boolean[] {false}, true, null);
        }
        State start = state(Dfa.closure(body, Dfa.single(body.start()), true), false, forbiddenStart);
        return SubsetConstruction.tables(starts, start, new SubsetConstruction.Moves<State>() {
            @Override
            public State next(State from, int codePoint) {
                return GuardedDfa.this.next(from, codePoint);
            }

            @Override
            public boolean accepting(State state) {
                return state.matched() || state.body().get(body.accept());
            }
        }, true, null);
    }

    /** The state after {@code codePoint}, or null when the input can no longer match. */
    private State next(State from, int codePoint) {
        BitSet forbiddenNext = from.forbidden().isEmpty() ? from.forbidden()
                : Dfa.closure(forbidden, Dfa.move(forbidden, from.forbidden(), codePoint), false);
        if (forbiddenNext.get(forbidden.accept())) {
            return null;
        }
        if (from.matched()) {
            return state(from.body(), true, forbiddenNext);
        }
        BitSet bodyNext = Dfa.closure(body, Dfa.move(body, from.body(), codePoint), false);
        if (bodyNext.isEmpty()) {
            return null;
        }
        return state(bodyNext, false, forbiddenNext);
    }

    /** Once R has matched without an end anchor, its own states no longer matter: they are dropped. */
    private State state(BitSet bodyStates, boolean matched, BitSet forbiddenStates) {
        boolean nowMatched = matched || !bodyToEnd && bodyStates.get(body.accept());
        return new State(nowMatched ? new BitSet() : bodyStates, nowMatched, forbiddenStates);
    }

    /** Every boundary of both automata's sets. */
    private int[] intervalStarts() {
        TreeSet<Integer> starts = new TreeSet<>();
        for (int start : Dfa.intervalStarts(body)) {
            starts.add(start);
        }
        for (int start : Dfa.intervalStarts(forbidden)) {
            starts.add(start);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
