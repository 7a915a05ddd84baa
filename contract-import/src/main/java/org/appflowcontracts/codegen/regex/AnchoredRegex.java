package org.appflowcontracts.codegen.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * A pattern as {@code Matcher.find()} applies it, with its anchors taken out of the tree: whether a match must
 * start at the beginning of the input ({@code ^} first) and end at its very end ({@code $} followed by a negative
 * lookahead that excludes every line terminator, the two spellings the schemas use for "end of input").
 * Anchors that repeat an outer one ({@code ^(?:^a|^b)$(?![\s\S])}) are dropped as redundant. A {@code ^} elsewhere
 * stays in the body as an assertion ("at the start of the input", as in {@code (?:^|/)name}). A negative lookahead
 * right after a leading {@code ^} ({@code ^(?!aws:)...}, {@code ^(?!/)}) is taken out too, as a set of prefixes
 * the input must not start with. Any other {@code $} or lookaround, and a plain final {@code $} (which Java also
 * lets stop before a final line terminator), are refused: such patterns stay with {@code java.util.regex}.
 *
 * @param body            the pattern without its outer anchors; contains no {@code $} and no lookaround
 * @param forbiddenPrefix what the leading negative lookahead refuses at the start of the input (no anchors, no
 *                        lookaround), or null when there is none
 */
public record AnchoredRegex(RegexNode body, boolean anchoredStart, boolean anchoredEnd, RegexNode forbiddenPrefix) {

    /** A pattern without a leading negative lookahead. */
    public AnchoredRegex(RegexNode body, boolean anchoredStart, boolean anchoredEnd) {
        this(body, anchoredStart, anchoredEnd, null);
    }

    /** More repetitions of a group than this may make java.util.regex recurse deeply (see {@link #repeatsGroups}). */
    static final int MAX_SHALLOW_GROUP_REPEATS = 100;

    /**
     * Whether the body repeats a group (anything but a single character set) without a small bound: on a long value
     * java.util.regex may then recurse once per repetition and run out of stack, where an automaton would not.
     */
    public boolean repeatsGroups() {
        return repeatsGroups(body);
    }

    private static boolean repeatsGroups(RegexNode node) {
        if (node instanceof RegexNode.Quantified quantified) {
            return !(quantified.atom() instanceof RegexNode.CharSet)
                    && (quantified.max() < 0 || quantified.max() > MAX_SHALLOW_GROUP_REPEATS)
                    || repeatsGroups(quantified.atom());
        }
        if (node instanceof RegexNode.Sequence sequence) {
            return sequence.items().stream().anyMatch(AnchoredRegex::repeatsGroups);
        }
        if (node instanceof RegexNode.Alternation alternation) {
            return alternation.branches().stream().anyMatch(AnchoredRegex::repeatsGroups);
        }
        return node instanceof RegexNode.Group group && repeatsGroups(group.body());
    }

    /** Throws {@link UnsupportedPatternException} when the pattern has anchors or lookarounds beyond the above. */
    public static AnchoredRegex of(String pattern) {
        List<RegexNode> items = new ArrayList<>(itemsOf(JavaRegexParser.parse(pattern)));
        boolean end = false;
        int n = items.size();
        if (n >= 2 && items.get(n - 2) instanceof RegexNode.EndAnchor && isEndGuard(items.get(n - 1))) {
            items.subList(n - 2, n).clear();
            end = true;
        }
        boolean start = !items.isEmpty() && items.get(0) instanceof RegexNode.StartAnchor;
        if (start) {
            items.remove(0);
        }
        RegexNode body = items.size() == 1 ? items.get(0) : new RegexNode.Sequence(items);
        if (start) {
            body = stripLeading(body);
        }
        if (end) {
            body = stripTrailing(body);
        }
        RegexNode forbidden = start ? leadingNegativeLookahead(body) : null;
        if (forbidden != null) {
            body = withoutLeadingItem(body);
            // A '^' inside the lookahead means "at the start" only where it is read, which its automaton does not keep.
            refuseAssertions(pattern, forbidden, true);
        }
        refuseAssertions(pattern, body, false);
        return new AnchoredRegex(body, start, end, forbidden);
    }

    /**
     * The body of a negative lookahead in the body's first position (through groups and first items of sequences,
     * so at the start of the input once {@code ^} is taken out), or null.
     */
    private static RegexNode leadingNegativeLookahead(RegexNode node) {
        if (node instanceof RegexNode.Lookahead lookahead) {
            return lookahead.negative() ? lookahead.body() : null;
        }
        if (node instanceof RegexNode.Group group) {
            return leadingNegativeLookahead(group.body());
        }
        if (node instanceof RegexNode.Sequence sequence && !sequence.items().isEmpty()) {
            return leadingNegativeLookahead(sequence.items().get(0));
        }
        return null;
    }

    /** The node without the item {@link #leadingNegativeLookahead} found. */
    private static RegexNode withoutLeadingItem(RegexNode node) {
        if (node instanceof RegexNode.Lookahead) {
            return new RegexNode.Sequence(List.of());
        }
        if (node instanceof RegexNode.Group group) {
            return new RegexNode.Group(withoutLeadingItem(group.body()));
        }
        RegexNode.Sequence sequence = (RegexNode.Sequence) node;
        List<RegexNode> items = new ArrayList<>(sequence.items());
        items.set(0, withoutLeadingItem(items.get(0)));
        return new RegexNode.Sequence(items);
    }

    private static List<RegexNode> itemsOf(RegexNode node) {
        return node instanceof RegexNode.Sequence sequence ? sequence.items() : List.of(node);
    }

    /** {@code (?!S)} where S is one character set holding every line terminator: after {@code $}, "end of input". */
    private static boolean isEndGuard(RegexNode node) {
        if (!(node instanceof RegexNode.Lookahead lookahead) || !lookahead.negative()) {
            return false;
        }
        RegexNode guarded = lookahead.body();
        while (guarded instanceof RegexNode.Group group) {
            guarded = group.body();
        }
        return guarded instanceof RegexNode.CharSet set
                && JavaRegexParser.LINE_TERMINATORS.minus(set.set()).isEmpty();
    }

    /** Drops {@code ^} where it can only ever be at the start of the input: first in every leading position. */
    private static RegexNode stripLeading(RegexNode node) {
        if (node instanceof RegexNode.Sequence sequence) {
            List<RegexNode> items = new ArrayList<>(sequence.items());
            while (!items.isEmpty() && items.get(0) instanceof RegexNode.StartAnchor) {
                items.remove(0);
            }
            if (!items.isEmpty()) {
                items.set(0, stripLeading(items.get(0)));
            }
            return new RegexNode.Sequence(items);
        }
        if (node instanceof RegexNode.Group group) {
            return new RegexNode.Group(stripLeading(group.body()));
        }
        if (node instanceof RegexNode.Alternation alternation) {
            return new RegexNode.Alternation(alternation.branches().stream().map(AnchoredRegex::stripLeading).toList());
        }
        return node instanceof RegexNode.StartAnchor ? new RegexNode.Sequence(List.of()) : node;
    }

    /** Drops {@code $} (with or without an end guard) where the input must end anyway: last in every trailing position. */
    private static RegexNode stripTrailing(RegexNode node) {
        if (node instanceof RegexNode.Sequence sequence) {
            List<RegexNode> items = new ArrayList<>(sequence.items());
            boolean dropped = true;
            while (dropped && !items.isEmpty()) {
                int last = items.size() - 1;
                dropped = false;
                if (items.get(last) instanceof RegexNode.EndAnchor) {
                    items.remove(last);
                    dropped = true;
                } else if (last >= 1 && items.get(last - 1) instanceof RegexNode.EndAnchor && isEndGuard(items.get(last))) {
                    items.subList(last - 1, last + 1).clear();
                    dropped = true;
                }
            }
            if (!items.isEmpty()) {
                items.set(items.size() - 1, stripTrailing(items.get(items.size() - 1)));
            }
            return new RegexNode.Sequence(items);
        }
        if (node instanceof RegexNode.Group group) {
            return new RegexNode.Group(stripTrailing(group.body()));
        }
        if (node instanceof RegexNode.Alternation alternation) {
            return new RegexNode.Alternation(alternation.branches().stream().map(AnchoredRegex::stripTrailing).toList());
        }
        return node instanceof RegexNode.EndAnchor ? new RegexNode.Sequence(List.of()) : node;
    }

    /** Refuses every {@code $} and lookaround left in {@code node}, and every {@code ^} too when asked. */
    private static void refuseAssertions(String pattern, RegexNode node, boolean startAnchors) {
        if (node instanceof RegexNode.EndAnchor) {
            throw new UnsupportedPatternException(pattern, "'$' not at the end of input");
        } else if (node instanceof RegexNode.Lookahead) {
            throw new UnsupportedPatternException(pattern, "lookahead");
        } else if (startAnchors && node instanceof RegexNode.StartAnchor) {
            throw new UnsupportedPatternException(pattern, "'^' inside a lookahead");
        } else if (node instanceof RegexNode.Sequence sequence) {
            sequence.items().forEach(item -> refuseAssertions(pattern, item, startAnchors));
        } else if (node instanceof RegexNode.Alternation alternation) {
            alternation.branches().forEach(branch -> refuseAssertions(pattern, branch, startAnchors));
        } else if (node instanceof RegexNode.Group group) {
            refuseAssertions(pattern, group.body(), startAnchors);
        } else if (node instanceof RegexNode.Quantified quantified) {
            refuseAssertions(pattern, quantified.atom(), startAnchors);
        }
    }
}
