package org.appflowcontracts.codegen.importer;

import java.util.List;
import org.appflowcontracts.codegen.regex.JavaRegexParser;
import org.appflowcontracts.codegen.regex.RegexNode;
import org.appflowcontracts.codegen.regex.UnsupportedPatternException;

/**
 * Rewrites a model pattern (Java semantics, full match as AWS applies it) into one pattern string that
 * ECMA-262 (with or without the {@code u} flag) and {@code java.util.regex} with {@code Matcher.find()} read
 * alike, and that matches exactly the strings the model pattern fully matches.
 *
 * <ul>
 *   <li>Anchoring: {@code ^(?:body)$(?![\n\r\\u0085\\u2028\\u2029])}. Java's {@code $} may stop before a final
 *       line terminator, ECMA's only at the end; the negative lookahead leaves the true end as the only
 *       place both accept.</li>
 *   <li>Every class, predefined class ({@code \s \S \w \W \d \D}) and {@code .} is evaluated with Java's
 *       meaning into a set of code points and written out explicitly (see {@link CharSetWriter}), so no
 *       engine-specific shorthand survives.</li>
 *   <li>Supplementary code points: Java matches code points, ECMA without {@code u} matches UTF-16 code units.
 *       {@link CharSetWriter} writes them as alternatives each engine reads as one whole character, except
 *       where a plain class under {@code *}/{@code +} accepts the same strings in every engine (which also
 *       keeps {@code java.util.regex} from recursing once per repeated character).</li>
 * </ul>
 */
public final class PatternTranslator {

    /** Lookahead that turns Java's {@code $} into "end of input"; a no-op in ECMA-262. */
    public static final String END_GUARD = "(?![\\n\\r\\u0085\\u2028\\u2029])";

    private PatternTranslator() {
    }

    /** Translates a model pattern; throws {@link UnsupportedPatternException} for constructs it cannot carry over. */
    public static String translate(String modelPattern) {
        RegexNode root = JavaRegexParser.parse(modelPattern);
        StringBuilder body = new StringBuilder();
        try {
            write(root, body, true);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedPatternException(modelPattern, e.getMessage());
        }
        return anchor(body.toString());
    }

    /** Wraps an already portable body so that find() on the result means a full match of the body. */
    public static String anchor(String portableBody) {
        return "^(?:" + portableBody + ")$" + END_GUARD;
    }

    private static void write(RegexNode node, StringBuilder out, boolean tail) {
        if (node instanceof RegexNode.Alternation alternation) {
            writeAlternation(alternation, out, tail);
        } else if (node instanceof RegexNode.Sequence sequence) {
            writeSequence(sequence, out, tail);
        } else if (node instanceof RegexNode.Group group) {
            out.append("(?:");
            write(group.body(), out, tail);
            out.append(')');
        } else if (node instanceof RegexNode.Lookahead lookahead) {
            out.append(lookahead.negative() ? "(?!" : "(?=");
            write(lookahead.body(), out, false);
            out.append(')');
        } else if (node instanceof RegexNode.Quantified quantified) {
            writeQuantified(quantified, out);
        } else if (node instanceof RegexNode.CharSet charSet) {
            out.append(CharSetWriter.write(charSet.set()));
        } else if (node instanceof RegexNode.StartAnchor) {
            out.append('^');
        } else if (node instanceof RegexNode.EndAnchor) {
            writeEndAnchor(out, tail);
        } else {
            throw new IllegalStateException("unknown regex node " + node);
        }
    }

    private static void writeAlternation(RegexNode.Alternation alternation, StringBuilder out, boolean tail) {
        List<RegexNode> branches = alternation.branches();
        for (int i = 0; i < branches.size(); i++) {
            if (i > 0) {
                out.append('|');
            }
            write(branches.get(i), out, tail);
        }
    }

    private static void writeSequence(RegexNode.Sequence sequence, StringBuilder out, boolean tail) {
        List<RegexNode> items = sequence.items();
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            // an alternation directly inside a sequence only arises from a group, so no parentheses needed here
            write(items.get(i), out, tail && (last || restIsEndAnchors(items, i + 1)));
        }
    }

    private static void writeQuantified(RegexNode.Quantified quantified, StringBuilder out) {
        if (quantified.atom() instanceof RegexNode.CharSet charSet && quantified.min() <= 1
                && quantified.max() == -1) {
            out.append(CharSetWriter.writeRepeated(charSet.set(), quantified.min() == 1, quantified.lazy()));
        } else {
            writeQuantifiedAtom(quantified.atom(), out);
            out.append(quantifier(quantified));
        }
    }

    private static void writeEndAnchor(StringBuilder out, boolean tail) {
        if (!tail) {
            throw new IllegalArgumentException(
                    "'$' followed by more pattern (Java's '$' may stop before a line terminator)");
        }
        // Only end-of-input can follow a tail '$' (the outer anchor enforces it), where both engines agree.
        out.append('$');
    }

    private static boolean restIsEndAnchors(List<RegexNode> items, int from) {
        for (int i = from; i < items.size(); i++) {
            if (!(items.get(i) instanceof RegexNode.EndAnchor)) {
                return false;
            }
        }
        return true;
    }

    private static void writeQuantifiedAtom(RegexNode atom, StringBuilder out) {
        StringBuilder inner = new StringBuilder();
        write(atom, inner, false);
        String text = inner.toString();
        // Groups and character sets are written as single atoms already.
        if (atom instanceof RegexNode.Group || atom instanceof RegexNode.CharSet) {
            out.append(text);
        } else {
            out.append("(?:").append(text).append(')');
        }
    }

    private static String quantifier(RegexNode.Quantified q) {
        String base;
        if (q.min() == 0 && q.max() == -1) {
            base = "*";
        } else if (q.min() == 1 && q.max() == -1) {
            base = "+";
        } else if (q.min() == 0 && q.max() == 1) {
            base = "?";
        } else if (q.max() == -1) {
            base = "{" + q.min() + ",}";
        } else if (q.min() == q.max()) {
            base = "{" + q.min() + "}";
        } else {
            base = "{" + q.min() + "," + q.max() + "}";
        }
        return q.lazy() ? base + "?" : base;
    }
}
