package org.appflowcontracts.codegen.emit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.codegen.model.Keyword;

/**
 * Says in a few words what values a field accepts, for its Javadoc: {@code 1 to 256 characters; format: an IAM role ARN ...}, or the
 * pattern itself ({@code matches <code>…</code>}) where the message data does not describe it.
 * Where a member and the shape it refers to both bound the value, the tighter bound is named (both apply).
 */
final class BoundsPhrase {

    private BoundsPhrase() {}

    /** The phrase, or empty when nothing bounds the value. */
    static String of(List<Keyword> bounds) {
        Interval length = new Interval();
        Interval items = new Interval();
        Range range = new Range();
        List<String> patterns = new ArrayList<>();
        for (Keyword keyword : bounds) {
            if (keyword instanceof Keyword.MinLength min) {
                length.atLeast(min.value());
            } else if (keyword instanceof Keyword.MaxLength max) {
                length.atMost(max.value());
            } else if (keyword instanceof Keyword.MinItems min) {
                items.atLeast(min.value());
            } else if (keyword instanceof Keyword.MaxItems max) {
                items.atMost(max.value());
            } else if (keyword instanceof Keyword.Bound bound) {
                range.add(bound);
            } else if (keyword instanceof Keyword.Pattern pattern && !patterns.contains(pattern.regex())) {
                patterns.add(pattern.regex());
            }
        }
        List<String> parts = new ArrayList<>();
        length.describe("character", "characters").ifPresent(parts::add);
        items.describe("item", "items").ifPresent(parts::add);
        range.describe().ifPresent(parts::add);
        for (String regex : patterns) {
            // A format in words reads better than the escaped expression; a team's own pattern keeps the latter.
            parts.add(FormatWords.of(regex).map(words -> "format: " + Javadoc.escape(words))
                    .orElseGet(() -> "matches <code>" + Javadoc.escape(regex) + "</code>"));
        }
        return String.join("; ", parts);
    }

    /** Inclusive integer bounds of a count (characters, items). */
    private static final class Interval {
        private Integer min;
        private Integer max;

        void atLeast(int value) {
            min = min == null ? value : Math.max(min, value);
        }

        void atMost(int value) {
            max = max == null ? value : Math.min(max, value);
        }

        Optional<String> describe(String one, String many) {
            boolean hasMin = min != null && min > 0;
            if (!hasMin && max == null) {
                return Optional.empty();
            }
            if (hasMin && max != null) {
                return Optional.of(min.equals(max) ? count(min, one, many) : min + " to " + count(max, one, many));
            }
            return Optional.of(hasMin ? "at least " + count(min, one, many) : "at most " + count(max, one, many));
        }

        private static String count(int n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }
    }

    /** Numeric bounds, each inclusive or exclusive. */
    private static final class Range {
        private Keyword.Bound lower;
        private Keyword.Bound upper;

        void add(Keyword.Bound bound) {
            if (bound.upper()) {
                upper = tighter(upper, bound, -1);
            } else {
                lower = tighter(lower, bound, 1);
            }
        }

        /** @param direction 1 when larger values are tighter (lower bounds), -1 when smaller ones are */
        private static Keyword.Bound tighter(Keyword.Bound current, Keyword.Bound candidate, int direction) {
            if (current == null) {
                return candidate;
            }
            int compared = candidate.value().compareTo(current.value()) * direction;
            return compared > 0 || (compared == 0 && candidate.exclusive()) ? candidate : current;
        }

        Optional<String> describe() {
            if (lower == null && upper == null) {
                return Optional.empty();
            }
            if (lower != null && upper != null && !lower.exclusive() && !upper.exclusive()) {
                return Optional.of("from " + text(lower.value()) + " to " + text(upper.value()));
            }
            List<String> sides = new ArrayList<>();
            if (lower != null) {
                sides.add((lower.exclusive() ? "greater than " : "at least ") + text(lower.value()));
            }
            if (upper != null) {
                sides.add((upper.exclusive() ? "less than " : "at most ") + text(upper.value()));
            }
            return Optional.of(String.join(" and ", sides));
        }

        private static String text(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
