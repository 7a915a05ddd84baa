package org.appflowcontracts.codegen.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable set of Unicode code points, kept as sorted, disjoint, non-adjacent closed ranges.
 * Character classes of the model's (Java) patterns are evaluated into these sets so that the
 * emitted pattern can spell out exactly the members Java gives them.
 */
public final class CodePointSet {

    public static final int MAX_CODE_POINT = 0x10FFFF;
    public static final CodePointSet EMPTY = new CodePointSet(List.of());
    public static final CodePointSet ALL = range(0, MAX_CODE_POINT);

    /** A closed range of code points. */
    public record Range(int first, int last) {
        public Range {
            if (first < 0 || last > MAX_CODE_POINT || first > last) {
                throw new IllegalArgumentException("bad code point range " + first + ".." + last);
            }
        }
    }

    private final List<Range> ranges;

    private CodePointSet(List<Range> normalizedRanges) {
        this.ranges = List.copyOf(normalizedRanges);
    }

    public static CodePointSet of(int codePoint) {
        return range(codePoint, codePoint);
    }

    public static CodePointSet range(int first, int last) {
        return new CodePointSet(List.of(new Range(first, last)));
    }

    public static CodePointSet ofChars(String chars) {
        CodePointSet set = EMPTY;
        for (int cp : chars.codePoints().toArray()) {
            set = set.union(of(cp));
        }
        return set;
    }

    public List<Range> ranges() {
        return ranges;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean contains(int codePoint) {
        for (Range r : ranges) {
            if (codePoint >= r.first() && codePoint <= r.last()) {
                return true;
            }
        }
        return false;
    }

    public CodePointSet union(CodePointSet other) {
        List<Range> all = new ArrayList<>(ranges);
        all.addAll(other.ranges);
        all.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<Range> merged = new ArrayList<>();
        for (Range r : all) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).last() + 1 >= r.first()) {
                Range last = merged.remove(merged.size() - 1);
                merged.add(new Range(last.first(), Math.max(last.last(), r.last())));
            } else {
                merged.add(r);
            }
        }
        return new CodePointSet(merged);
    }

    public CodePointSet complement() {
        List<Range> out = new ArrayList<>();
        int next = 0;
        for (Range r : ranges) {
            if (r.first() > next) {
                out.add(new Range(next, r.first() - 1));
            }
            next = r.last() + 1;
        }
        if (next <= MAX_CODE_POINT) {
            out.add(new Range(next, MAX_CODE_POINT));
        }
        return new CodePointSet(out);
    }

    public CodePointSet intersect(CodePointSet other) {
        return complement().union(other.complement()).complement();
    }

    public CodePointSet minus(CodePointSet other) {
        return intersect(other.complement());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodePointSet other && ranges.equals(other.ranges);
    }

    @Override
    public int hashCode() {
        return ranges.hashCode();
    }

    @Override
    public String toString() {
        return ranges.toString();
    }
}
