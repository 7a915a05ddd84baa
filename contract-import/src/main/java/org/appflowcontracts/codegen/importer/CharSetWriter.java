package org.appflowcontracts.codegen.importer;

import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.codegen.regex.CodePointSet;

/**
 * Writes a set of code points (Java's meaning of a class) as one quantifiable pattern atom that
 * {@code java.util.regex}, ECMA-262 without {@code u} (UTF-16 code units) and ECMA-262 with {@code u}
 * (code points) all read as "exactly one character of this set".
 *
 * <p>The atom is an alternation of up to five disjoint branches:
 * <ol>
 *   <li>{@code [^\\u0000-\\uFFFF]}: a supplementary code point for Java and ECMA {@code u}; never matches
 *       a code unit in ECMA without {@code u};</li>
 *   <li>{@code [\\uD800-\\uDBFF][\\uDC00-\\uDFFF]}: a surrogate pair in ECMA without {@code u}; never matches in
 *       Java or ECMA {@code u}, which see the pair as one supplementary code point;</li>
 *   <li>the set's BMP members outside the surrogate block;</li>
 *   <li>the set's unpaired high surrogates, guarded by {@code (?![\\uDC00-\\uDFFF])} so that ECMA without
 *       {@code u} never consumes half of a pair;</li>
 *   <li>the set's unpaired low surrogates (reachable only unpaired, because no branch ever consumes a lone
 *       high surrogate that has a low one after it).</li>
 * </ol>
 * Branches 1-2 appear only when the set holds every supplementary code point; a set holding only some of
 * them is rejected, since no portable spelling exists without the {@code u} flag.
 *
 * <p>A set holding no surrogate and no supplementary code point is one plain class everywhere. A set holding
 * every surrogate and every supplementary code point is one plain negated class when it repeats under
 * {@code *} or {@code +} ({@link #writeRepeated}): Java reads a pair as one member, ECMA without {@code u} as two,
 * and either way exactly the same strings are runs of members. The plain class matters because
 * {@code java.util.regex} recurses once per iteration of a quantified group, so a looped alternation overflows
 * the stack on long input, while a looped class is matched iteratively. For the same reason a repeated set
 * holding every supplementary code point but no surrogate is written as an unrolled loop.
 */
final class CharSetWriter {

    private static final CodePointSet SUPPLEMENTARY = CodePointSet.range(0x10000, CodePointSet.MAX_CODE_POINT);
    private static final CodePointSet HIGH_SURROGATES = CodePointSet.range(0xD800, 0xDBFF);
    private static final CodePointSet LOW_SURROGATES = CodePointSet.range(0xDC00, 0xDFFF);
    private static final CodePointSet SURROGATES = CodePointSet.range(0xD800, 0xDFFF);
    private static final CodePointSet BMP = CodePointSet.range(0, 0xFFFF);
    private static final CodePointSet BMP_CHARACTERS = BMP.minus(SURROGATES);

    static final String SUPPLEMENTARY_CODE_POINT = "[^\\u0000-\\uFFFF]";
    static final String SURROGATE_PAIR = "[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]";
    static final String NOT_BEFORE_LOW_SURROGATE = "(?![\\uDC00-\\uDFFF])";

    private CharSetWriter() {
    }

    /**
     * {@code set} repeated under {@code *} ({@code atLeastOne} false) or {@code +} (true), quantifier included.
     * Never used for a bounded or {@code {n,}} count, where a pair counts once in Java and twice in ECMA.
     * <ul>
     *   <li>Every surrogate and every supplementary code point: one plain negated class; Java and ECMA
     *       {@code u} exclude only its BMP members, ECMA without {@code u} every code unit but them.</li>
     *   <li>Every supplementary code point, no surrogate: the loop unrolled as {@code B*(?:(?:S|P)B*)*}, so that
     *       the repeated group turns once per supplementary character, not once per character.</li>
     *   <li>Otherwise the quantified atom of {@link #write}.</li>
     * </ul>
     */
    static String writeRepeated(CodePointSet set, boolean atLeastOne, boolean lazy) {
        String suffix = (atLeastOne ? "+" : "*") + (lazy ? "?" : "");
        boolean allSurrogates = set.intersect(SURROGATES).equals(SURROGATES);
        boolean noSurrogates = set.intersect(SURROGATES).isEmpty();
        boolean allSupplementary = set.intersect(SUPPLEMENTARY).equals(SUPPLEMENTARY);
        CodePointSet excluded = BMP.minus(set);
        if (allSurrogates && allSupplementary && !excluded.isEmpty()) {
            return bracket(excluded, true) + suffix;
        }
        CodePointSet bmp = set.intersect(BMP_CHARACTERS);
        if (allSupplementary && noSurrogates && !bmp.isEmpty() && !lazy) {
            // A positive class: a negated one would admit supplementary code points in Java and ECMA u.
            String members = bracket(bmp, false);
            String unrolled = members + "*(?:(?:" + SUPPLEMENTARY_CODE_POINT + "|" + SURROGATE_PAIR + ")" + members
                    + "*)*";
            return atLeastOne ? write(set) + unrolled : unrolled;
        }
        return write(set) + suffix;
    }

    /** One atom, safe to quantify, matching one character of {@code set}. */
    static String write(CodePointSet set) {
        if (set.isEmpty()) {
            return "(?!)";
        }
        String single = singleCharacter(set);
        if (single != null) {
            return single;
        }
        List<String> branches = branches(set);
        if (branches.size() == 1 && !branches.get(0).endsWith(NOT_BEFORE_LOW_SURROGATE)) {
            return branches.get(0);
        }
        return "(?:" + String.join("|", branches) + ")";
    }

    /** A set of one code point outside the surrogate block as a literal; null for any other set. */
    private static String singleCharacter(CodePointSet set) {
        List<CodePointSet.Range> ranges = set.ranges();
        if (ranges.size() != 1 || ranges.get(0).first() != ranges.get(0).last()) {
            return null;
        }
        int cp = ranges.get(0).first();
        if (Character.isSupplementaryCodePoint(cp)) {
            // Java joins the escaped pair into one code point; ECMA without u reads two code units.
            return "(?:" + unitEscape(Character.highSurrogate(cp)) + unitEscape(Character.lowSurrogate(cp)) + ")";
        }
        return SURROGATES.contains(cp) ? null : literal(cp);
    }

    /** The disjoint branches listed in the class comment, those the set needs, in that order. */
    private static List<String> branches(CodePointSet set) {
        CodePointSet supplementary = set.intersect(SUPPLEMENTARY);
        boolean allSupplementary = supplementary.equals(SUPPLEMENTARY);
        if (!supplementary.isEmpty() && !allSupplementary) {
            throw new IllegalArgumentException("a class holding only some supplementary code points");
        }
        List<String> branches = new ArrayList<>();
        if (allSupplementary) {
            branches.add(SUPPLEMENTARY_CODE_POINT);
            branches.add(SURROGATE_PAIR);
        }
        CodePointSet bmp = set.intersect(BMP_CHARACTERS);
        if (!bmp.isEmpty()) {
            String positive = bracket(bmp, false);
            // Negated form is allowed only with every supplementary code point, which a negated class also admits.
            String negative = allSupplementary ? bracket(BMP_CHARACTERS.minus(bmp).union(SURROGATES), true) : null;
            branches.add(negative != null && negative.length() < positive.length() ? negative : positive);
        }
        CodePointSet high = set.intersect(HIGH_SURROGATES);
        if (!high.isEmpty()) {
            branches.add(bracket(high, false) + NOT_BEFORE_LOW_SURROGATE);
        }
        CodePointSet low = set.intersect(LOW_SURROGATES);
        if (!low.isEmpty()) {
            branches.add(bracket(low, false));
        }
        return branches;
    }

    private static String bracket(CodePointSet set, boolean negated) {
        List<CodePointSet.Range> ranges = set.ranges();
        if (!negated && ranges.size() == 1 && ranges.get(0).first() == ranges.get(0).last()) {
            int cp = ranges.get(0).first();
            if (!SURROGATES.contains(cp)) {
                return literal(cp);
            }
        }
        StringBuilder out = new StringBuilder(negated ? "[^" : "[");
        for (CodePointSet.Range r : ranges) {
            out.append(classMember(r.first()));
            if (r.last() == r.first() + 1) {
                out.append(classMember(r.last()));
            } else if (r.last() > r.first()) {
                out.append('-').append(classMember(r.last()));
            }
        }
        return out.append(']').toString();
    }

    private static String classMember(int cp) {
        if ("\\]-[^".indexOf(cp) >= 0) {
            return "\\" + (char) cp;
        }
        return plain(cp);
    }

    private static String literal(int cp) {
        if ("\\^$.|?*+()[]{}".indexOf(cp) >= 0) {
            return "\\" + (char) cp;
        }
        return plain(cp);
    }

    private static String plain(int cp) {
        switch (cp) {
            case '\t':
                return "\\t";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\f':
                return "\\f";
            default:
                if (cp >= 0x20 && cp <= 0x7E) {
                    return String.valueOf((char) cp);
                }
                if (cp > 0xFFFF) {
                    throw new IllegalArgumentException("supplementary code point in a class");
                }
                return unitEscape((char) cp);
        }
    }

    private static String unitEscape(char unit) {
        return String.format("\\u%04X", (int) unit);
    }
}
