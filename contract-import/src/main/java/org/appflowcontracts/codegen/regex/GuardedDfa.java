package org.appflowcontracts.codegen.regex;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final List<State> states = new ArrayList<>();
    private final Map<State, Integer> index = new HashMap<>();

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
            List<int[]> rows = new ArrayList<>();
            rows.add(deadRow(starts.length));
            return Dfa.shareColumns(starts, rows, new boolean[] {false}, true, null);
        }
        add(state(Dfa.closure(body, Dfa.single(body.start()), true), false, forbiddenStart));
        List<int[]> rows = new ArrayList<>();
        for (int s = 0; s < states.size(); s++) {
            int[] row = new int[starts.length];
            for (int interval = 0; interval < starts.length; interval++) {
                State next = next(states.get(s), starts[interval]);
                if (next == null) {
                    row[interval] = -1;
                    continue;
                }
                Integer known = index.get(next);
                if (known == null) {
                    if (states.size() == Dfa.MAX_STATES) {
                        return Optional.empty();
                    }
                    known = add(next);
                }
                row[interval] = known;
            }
            rows.add(row);
        }
        boolean[] accepting = new boolean[states.size()];
        for (int s = 0; s < accepting.length; s++) {
            State state = states.get(s);
            accepting[s] = state.matched() || state.body().get(body.accept());
        }
        return Dfa.shareColumns(starts, rows, accepting, true, null);
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

    private int add(State state) {
        int at = states.size();
        states.add(state);
        index.put(state, at);
        return at;
    }

    private static int[] deadRow(int intervals) {
        int[] row = new int[intervals];
        java.util.Arrays.fill(row, -1);
        return row;
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
