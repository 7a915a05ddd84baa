package org.appflowcontracts.codegen.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The subset construction shared by every automaton the compiler builds: the states reachable from a start state,
 * each explored once per interval of code points, numbered in the order they are found (the start is 0), within
 * {@link Dfa#MAX_STATES}. What a state is and how it moves is the caller's ({@link Dfa} for a pattern,
 * {@link GuardedDfa} for a pattern behind a negative lookahead).
 *
 * @param <S> a state; equal states are one state
 */
final class SubsetConstruction<S> {

    /** How states move and which accept. */
    interface Moves<S> {
        /** The state after reading {@code codePoint} in {@code from}, or null when no match can follow. */
        S next(S from, int codePoint);

        boolean accepting(S state);
    }

    private final List<S> states = new ArrayList<>();
    private final Map<S, Integer> index = new HashMap<>();

    private SubsetConstruction() {
    }

    /** The automaton's tables, or empty when it would exceed {@link Dfa#MAX_STATES} or another bound. */
    static <S> Optional<Dfa> tables(int[] starts, S start, Moves<S> moves, boolean wholeInput, String longValueRegex) {
        SubsetConstruction<S> construction = new SubsetConstruction<>();
        construction.add(start);
        List<int[]> rows = new ArrayList<>();
        for (int s = 0; s < construction.states.size(); s++) {
            int[] row = new int[starts.length];
            for (int interval = 0; interval < starts.length; interval++) {
                S next = moves.next(construction.states.get(s), starts[interval]);
                Integer known = next == null ? Integer.valueOf(-1) : construction.index.get(next);
                if (known == null) {
                    if (construction.states.size() == Dfa.MAX_STATES) {
                        return Optional.empty();
                    }
                    known = construction.add(next);
                }
                row[interval] = known;
            }
            rows.add(row);
        }
        boolean[] accepting = new boolean[construction.states.size()];
        for (int s = 0; s < accepting.length; s++) {
            accepting[s] = moves.accepting(construction.states.get(s));
        }
        return Dfa.shareColumns(starts, rows, accepting, wholeInput, longValueRegex);
    }

    private int add(S state) {
        int at = states.size();
        states.add(state);
        index.put(state, at);
        return at;
    }
}
