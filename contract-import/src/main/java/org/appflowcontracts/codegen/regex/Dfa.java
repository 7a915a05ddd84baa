package org.appflowcontracts.codegen.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A deterministic automaton that decides what {@code Pattern.compile(p).matcher(s).find()} decides, reading each
 * code point of the input once: no backtracking, so no input can make it slow or exhaust the stack.
 *
 * <p>Code points are grouped into intervals that every set of the pattern treats alike; intervals whose
 * transitions are identical in every state share one column. State 0 is the start; {@code -1} is the dead state.
 *
 * @param intervalStarts first code point of each interval, ascending, starting at 0
 * @param intervalColumns the column of each interval
 * @param columns number of columns
 * @param transitions {@code transitions[state * columns + column]}: the next state, or -1
 * @param accepting whether a state has matched
 * @param wholeInput whether a match must reach the end of the input; if not, reaching an accepting state decides
 * @param longValueRegex the pattern itself when it repeats a group ({@link AnchoredRegex#repeatsGroups}), else
 *                       null: on long values the generated code then asks java.util.regex, like the reference
 *                       engine does, so both engines give the same verdict even where java.util.regex runs out of
 *                       stack (and counts the value as not matching)
 */
public record Dfa(int[] intervalStarts, int[] intervalColumns, int columns, int[] transitions, boolean[] accepting,
                  boolean wholeInput, String longValueRegex) {

    /** Bounds that keep the generated tables small; larger automata keep the regex. */
    static final int MAX_NFA_STATES = 4_000;
    static final int MAX_STATES = 512;
    static final int MAX_TRANSITIONS = 8_192;
    /** Keeps the emitted interval tables (string constants, at most 65,535 bytes each) far below their limit. */
    static final int MAX_INTERVALS = 1_024;

    /**
     * The automaton of a Java pattern, or empty when the pattern uses a construct it does not cover (lookarounds,
     * inner anchors, a plain final {@code $}, anything {@link JavaRegexParser} refuses) or exceeds the bounds.
     */
    public static Optional<Dfa> of(String pattern) {
        try {
            // Never an automaton for a pattern java.util.regex refuses (the schema parser refuses those first).
            String javaPattern = EcmaPatterns.toJava(pattern);
            java.util.regex.Pattern.compile(javaPattern);
            AnchoredRegex regex = AnchoredRegex.of(javaPattern);
            // No regex kept for long values: the automaton needs no stack, and the reference engine retries a
            // match that overflowed on a deep stack, so both give the regex's own verdict for every length.
            if (regex.forbiddenPrefix() != null) {
                Nfa forbidden = Nfa.of(new AnchoredRegex(regex.forbiddenPrefix(), true, false), javaPattern,
                        MAX_NFA_STATES);
                return GuardedDfa.build(Nfa.of(regex, javaPattern, MAX_NFA_STATES), regex.anchoredEnd(), forbidden);
            }
            return build(Nfa.of(regex, javaPattern, MAX_NFA_STATES), regex.anchoredEnd(), null);
        } catch (UnsupportedPatternException | java.util.regex.PatternSyntaxException e) {
            return Optional.empty();
        }
    }

    public int states() {
        return accepting.length;
    }

    private static Optional<Dfa> build(Nfa nfa, boolean wholeInput, String longValueRegex) {
        return SubsetConstruction.tables(intervalStarts(nfa), closure(nfa, single(nfa.start()), true),
                new SubsetConstruction.Moves<BitSet>() {
                    @Override
                    public BitSet next(BitSet from, int codePoint) {
                        BitSet moved = move(nfa, from, codePoint);
                        return moved.isEmpty() ? null : closure(nfa, moved, false);
                    }

                    @Override
                    public boolean accepting(BitSet state) {
                        return state.get(nfa.accept());
                    }
                }, wholeInput, longValueRegex);
    }

    /** Every boundary of every set, so that within an interval all sets agree. */
    static int[] intervalStarts(Nfa nfa) {
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        for (int state = 0; state < nfa.size(); state++) {
            CodePointSet set = nfa.set(state);
            if (set == null) {
                continue;
            }
            for (CodePointSet.Range range : set.ranges()) {
                starts.add(range.first());
                if (range.last() < CodePointSet.MAX_CODE_POINT) {
                    starts.add(range.last() + 1);
                }
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static Optional<Dfa> shareColumns(int[] starts, List<int[]> rows, boolean[] accepting, boolean wholeInput,
            String longValueRegex) {
        List<List<Integer>> columns = new ArrayList<>();
        int[] intervalColumns = distinctColumns(starts.length, rows, columns);
        if ((long) columns.size() * rows.size() > MAX_TRANSITIONS) {
            return Optional.empty();
        }
        int[] transitions = new int[columns.size() * rows.size()];
        for (int s = 0; s < rows.size(); s++) {
            for (int c = 0; c < columns.size(); c++) {
                transitions[s * columns.size() + c] = columns.get(c).get(s);
            }
        }
        // Adjacent intervals that ended up in one column are one interval.
        List<Integer> mergedStarts = new ArrayList<>();
        List<Integer> mergedColumns = new ArrayList<>();
        for (int interval = 0; interval < starts.length; interval++) {
            if (interval == 0 || intervalColumns[interval] != intervalColumns[interval - 1]) {
                mergedStarts.add(starts[interval]);
                mergedColumns.add(intervalColumns[interval]);
            }
        }
        if (mergedStarts.size() > MAX_INTERVALS) {
            return Optional.empty();
        }
        return Optional.of(new Dfa(mergedStarts.stream().mapToInt(Integer::intValue).toArray(),
                mergedColumns.stream().mapToInt(Integer::intValue).toArray(), columns.size(), transitions, accepting,
                wholeInput, longValueRegex));
    }

    /**
     * Each interval's column of targets (one per state), with equal columns kept once in {@code columns}; returns
     * the index in {@code columns} of every interval's column.
     */
    private static int[] distinctColumns(int intervals, List<int[]> rows, List<List<Integer>> columns) {
        Map<List<Integer>, Integer> columnOf = new HashMap<>();
        int[] intervalColumns = new int[intervals];
        for (int interval = 0; interval < intervals; interval++) {
            List<Integer> column = new ArrayList<>();
            for (int[] row : rows) {
                column.add(row[interval]);
            }
            Integer known = columnOf.get(column);
            if (known == null) {
                known = columns.size();
                columns.add(column);
                columnOf.put(column, known);
            }
            intervalColumns[interval] = known;
        }
        return intervalColumns;
    }

    static BitSet single(int state) {
        BitSet set = new BitSet();
        set.set(state);
        return set;
    }

    static BitSet move(Nfa nfa, BitSet from, int codePoint) {
        BitSet to = new BitSet();
        for (int s = from.nextSetBit(0); s >= 0; s = from.nextSetBit(s + 1)) {
            CodePointSet set = nfa.set(s);
            if (set != null && set.contains(codePoint)) {
                to.set(nfa.successor(s));
            }
        }
        return to;
    }

    /** The states reachable without reading; a {@code ^} is passable only {@code atStart}, before any input. */
    static BitSet closure(Nfa nfa, BitSet states, boolean atStart) {
        BitSet closed = (BitSet) states.clone();
        int[] stack = new int[nfa.size()];
        int top = 0;
        for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
            stack[top++] = s;
        }
        while (top > 0) {
            int s = stack[--top];
            int[] targets = nfa.epsilons(s);
            if (targets == null || (!atStart && nfa.atStartOnly(s))) {
                continue;
            }
            for (int t : targets) {
                if (!closed.get(t)) {
                    closed.set(t);
                    stack[top++] = t;
                }
            }
        }
        return closed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dfa other && Arrays.equals(intervalStarts, other.intervalStarts)
                && Arrays.equals(intervalColumns, other.intervalColumns) && columns == other.columns
                && Arrays.equals(transitions, other.transitions) && Arrays.equals(accepting, other.accepting)
                && wholeInput == other.wholeInput && java.util.Objects.equals(longValueRegex, other.longValueRegex);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(transitions) * 31 + Arrays.hashCode(intervalStarts);
    }

    @Override
    public String toString() {
        return "Dfa[" + states() + " states, " + columns + " columns, wholeInput=" + wholeInput + "]";
    }
}
