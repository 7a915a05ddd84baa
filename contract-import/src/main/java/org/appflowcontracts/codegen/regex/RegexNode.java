package org.appflowcontracts.codegen.regex;

import java.util.List;

/** Syntax tree of the regular-expression subset the compiler understands (Java syntax and semantics). */
public sealed interface RegexNode {

    /** {@code a|b|c}. */
    record Alternation(List<RegexNode> branches) implements RegexNode {
        public Alternation {
            branches = List.copyOf(branches);
        }
    }

    /** Concatenation; an empty sequence matches the empty string. */
    record Sequence(List<RegexNode> items) implements RegexNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A group: capturing and non-capturing groups are both plain groups (captures never change a verdict). */
    record Group(RegexNode body) implements RegexNode {
    }

    /** {@code (?=...)} or {@code (?!...)}. */
    record Lookahead(RegexNode body, boolean negative) implements RegexNode {
    }

    /** A quantified atom; {@code max} is -1 for unbounded. */
    record Quantified(RegexNode atom, int min, int max, boolean lazy) implements RegexNode {
    }

    /** One code point out of a set (character class, predefined class, dot, or a single literal). */
    record CharSet(CodePointSet set) implements RegexNode {
    }

    /** {@code ^} (start of input, no MULTILINE). */
    record StartAnchor() implements RegexNode {
    }

    /** {@code $} (no MULTILINE); only supported where nothing consuming may follow it. */
    record EndAnchor() implements RegexNode {
    }
}
