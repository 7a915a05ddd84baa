package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import java.math.BigDecimal;
import java.util.Set;
import java.util.function.BiFunction;
import org.appflowcontracts.codegen.model.Keyword;

/** Code for the appflow vocabulary keywords, with the semantics fixed in the schemas README. */
final class AppflowCode {

    private AppflowCode() {}

    static CodeBlock ordered(KeywordCode code, Keyword.Ordered k) {
        String lower = code.local("lower");
        String upper = code.local("upper");
        String a = code.local("a");
        String b = code.local("b");
        String convert = k.as() == Keyword.OrderKind.TIMESTAMP ? "timestamp" : "decimal";
        String op = k.strict() ? ">=" : ">";
        String words = "'" + k.upper() + "' must be " + (k.strict() ? "after" : "no earlier than") + " '" + k.lower() + "'";
        if (k.as() == Keyword.OrderKind.DECIMAL) {
            words = "'" + k.upper() + "' must be " + (k.strict() ? "greater than" : "at least") + " '" + k.lower() + "'";
        }
        CodeBlock report = code.fail(k.name(), KeywordCode.memberPtr(k.upper()), CodeBlock.of("$S", words), null);
        return CodeBlock.builder()
                .beginControlFlow("if (n.isObject())")
                .addStatement("$T $N = n.get($S)", ValidatorSpec.JSON_NODE, lower, k.lower())
                .addStatement("$T $N = n.get($S)", ValidatorSpec.JSON_NODE, upper, k.upper())
                .beginControlFlow("if ($N != null && $N != null)", lower, upper)
                .addStatement("$T $N = $T.$N($N)", BigDecimal.class, a, code.emitter().support(), convert, lower)
                .addStatement("$T $N = $T.$N($N)", BigDecimal.class, b, code.emitter().support(), convert, upper)
                .beginControlFlow("if ($N != null && $N != null && $N.compareTo($N) $L 0)", a, b, a, b, op)
                .add(report)
                .endControlFlow()
                // An unknown bound converts to null, so a check reports nothing; a test is undecided.
                .add(whenUnknown(code, CodeBlock.of("$T.unknown($N) || $T.unknown($N)", code.truth(), lower, code.truth(), upper), report))
                .endControlFlow()
                .endControlFlow().build();
    }

    static CodeBlock splitEquals(KeywordCode code, Keyword.SplitEquals k) {
        String value = code.local("value");
        String items = code.local("items");
        CodeBlock report = code.fail(k.name(), CodeBlock.of("p.pointer() + $S", k.value()),
                CodeBlock.of("$S", "the entries of '" + k.value() + "' must be the same as the strings of '" + k.items() + "'"), null);
        return CodeBlock.builder()
                .beginControlFlow("if (n.isObject())")
                .addStatement("$T $N = n.at($S)", ValidatorSpec.JSON_NODE, value, k.value())
                .addStatement("$T<$T> $N = $T.stringSet(n.at($S))", Set.class, String.class, items,
                        code.emitter().support(), k.items())
                .beginControlFlow("if ($N.isString() && $N != null && !$T.splitEntries($N.stringValue(), $S).equals($N))",
                        value, items, code.emitter().support(), value, k.separator(), items)
                .add(report)
                .endControlFlow()
                // An unknown value or item is neither a string nor an array of strings: a check reports nothing.
                .add(whenUnknown(code, CodeBlock.of("$T.reachesUnknown(n, $S) || $T.reachesUnknown(n, $S) || $T.holdsUnknown(n.at($S))",
                        code.truth(), k.value(), code.truth(), k.items(), code.truth(), k.items()), report))
                .endControlFlow().build();
    }

    /**
     * When {@code condition} (an unknown value is involved) holds: a test's verdict is at best UNKNOWN, and a
     * check's {@code report} runs supposing (never reported; see {@link KeywordCode#supposing}).
     */
    private static CodeBlock whenUnknown(KeywordCode code, CodeBlock condition, CodeBlock report) {
        CodeBlock body = code.mode() == Mode.TEST ? code.undecided() : code.supposingInRule(report);
        if (body.isEmpty()) {
            return body;
        }
        return CodeBlock.builder().beginControlFlow("if ($L)", condition).add(body).endControlFlow().build();
    }

    /**
     * Only items whose {@code where} is TRUE take part, and only their known strings: an unknown item, an
     * UNKNOWN filter or an unknown member is never reported (a test's verdict is then at best UNKNOWN).
     */
    static CodeBlock unique(KeywordCode code, Keyword.Unique k) {
        UniqueLocals l = new UniqueLocals(code.local("seen"), code.local("maybe"), code.local("i"), code.local("item"),
                code.local("member"), code.local("where"));
        return CodeBlock.builder()
                .beginControlFlow("if (n.isArray())")
                .add(uniqueSets(code, l))
                .beginControlFlow("for (int $N = 0; $N < n.size(); $N++)", l.i(), l.i(), l.i())
                .addStatement("$T $N = n.get($N)", ValidatorSpec.JSON_NODE, l.item(), l.i())
                .add(uniqueItem(code, k, l, ItemTag.none(code.emitter().graph())))
                .endControlFlow()
                .endControlFlow().build();
    }

    /**
     * {@link #unique} in a loop over the items that others share ({@link SharedArrayPass}): the sets before the
     * loop, the same statements for each item (in the loop's locals), nothing after.
     */
    static SharedArrayPass.Part uniquePart(KeywordCode code, Keyword.Unique k, ItemTag tag) {
        String seen = code.local("seen");
        String maybe = code.local("maybe");
        String member = code.local("member");
        String where = code.local("where");
        UniqueLocals sets = new UniqueLocals(seen, maybe, null, null, member, where);
        return new SharedArrayPass.Part(uniqueSets(code, sets),
                (item, index) -> uniqueItem(code, k, new UniqueLocals(seen, maybe, index, item, member, where), tag),
                CodeBlock.of(""));
    }

    private static CodeBlock uniqueSets(KeywordCode code, UniqueLocals l) {
        // Sized for one name per item; the table is made only when a name arrives (see StringSet).
        return CodeBlock.builder()
                .addStatement("$T $N = new $T(n.size())", code.emitter().stringSet(), l.seen(), code.emitter().stringSet())
                .addStatement("$T $N = new $T(0)", code.emitter().stringSet(), l.maybe(), code.emitter().stringSet())
                .build();
    }

    /** The statements of {@link #unique} for the item in the local {@code l.item()}, at index {@code l.i()}. */
    private static CodeBlock uniqueItem(KeywordCode code, Keyword.Unique k, UniqueLocals l, ItemTag tag) {
        CodeBlock report = code.fail(k.name(), CodeBlock.of("p.pointer($N, $S)", l.i(), k.selector().member()),
                CodeBlock.of("$S + $N.stringValue() + $S", "'", l.member(), "' is used more than once"), null);
        CodeBlock.Builder b = CodeBlock.builder()
                .addStatement("int $N = $N.isObject() ? $L : $T.unknown($N) ? $T.UNKNOWN : $T.FALSE", l.where(), l.item(),
                        tag.test(code, k.selector().where(), l.item()), code.truth(), l.item(), code.truth(), code.truth())
                .beginControlFlow("if ($N == $T.TRUE)", l.where(), code.truth())
                .addStatement("$T $N = $N.get($S)", ValidatorSpec.JSON_NODE, l.member(), l.item(), k.selector().member())
                .beginControlFlow("if ($N != null && $N.isString() && !$N.add($N.stringValue()))", l.member(), l.member(), l.seen(), l.member())
                .add(report)
                .endControlFlow()
                // A name an item the filter may select also has may be a duplicate.
                .add(whenUnknown(code, CodeBlock.of("$N != null && ($T.unknown($N) || $N.isString() && $N.contains($N.stringValue()))",
                        l.member(), code.truth(), l.member(), l.member(), l.maybe(), l.member()), report))
                .nextControlFlow("else if ($N == $T.UNKNOWN)", l.where(), code.truth());
        if (code.mode() == Mode.TEST) {
            b.add(code.undecided());
        } else {
            b.addStatement("$T $N = $N.get($S)", ValidatorSpec.JSON_NODE, l.member(), l.item(), k.selector().member())
                    .add(whenUnknown(code, CodeBlock.of("$N != null && $N.isString() && !$N.add($N.stringValue()) | $N.contains($N.stringValue())",
                            l.member(), l.member(), l.maybe(), l.member(), l.seen(), l.member()), report))
                    .add(whenUnknown(code, CodeBlock.of("$N != null && $T.unknown($N)", l.member(), code.truth(), l.member()), report));
        }
        return b.endControlFlow().build();
    }

    /** The generated locals of {@link #unique}: names known, names of items the filter may select, and the loop's. */
    private record UniqueLocals(String seen, String maybe, String i, String item, String member, String where) {}

    /**
     * Nothing is reported uncovered when the covering side is not fully known (an unknown item, an item whose
     * filter is UNKNOWN, an unknown member or string); on the covered side, only known strings of items whose
     * filter is TRUE are reported.
     */
    static CodeBlock covered(KeywordCode code, Keyword.Covered k) {
        String covered = code.local("covered");
        String open = code.local("open");
        String item = code.local("item");
        CodeBlock.Builder b = CodeBlock.builder()
                .beginControlFlow("if (n.isArray())")
                .add(coveredSet(code, covered, open))
                .beginControlFlow("for ($T $N : n)", ValidatorSpec.JSON_NODE, item)
                .beginControlFlow("if ($T.unknown($N))", code.truth(), item).addStatement("$N = true", open).endControlFlow()
                .beginControlFlow("if (!$N.isObject())", item).addStatement("continue").endControlFlow()
                .add(coveringItem(code, k, covered, open, item, ItemTag.none(code.emitter().graph())))
                .endControlFlow();
        return b.add(coveredOutcome(code, k, covered, open)).endControlFlow().build();
    }

    /**
     * {@link #covered} in a loop over the items that others share ({@link SharedArrayPass}): the covering strings
     * collected for each item, the covered side checked after the loop, in {@code guard} (statements given the
     * check, which decide whether and how it runs).
     */
    static SharedArrayPass.Part coveredPart(KeywordCode code, Keyword.Covered k, ItemTag tag,
            java.util.function.UnaryOperator<CodeBlock> guard) {
        String covered = code.local("covered");
        String open = code.local("open");
        return new SharedArrayPass.Part(coveredSet(code, covered, open), (item, index) -> CodeBlock.builder()
                .beginControlFlow("if ($T.unknown($N))", code.truth(), item).addStatement("$N = true", open)
                .nextControlFlow("else if ($N.isObject())", item)
                .add(coveringItem(code, k, covered, open, item, tag))
                .endControlFlow().build(),
                guard.apply(coveredOutcome(code, k, covered, open)));
    }

    private static CodeBlock coveredSet(KeywordCode code, String covered, String open) {
        // Sized for one covering string per item (a projection lists about one field per task).
        return CodeBlock.builder()
                .addStatement("$T $N = new $T(n.size())", code.emitter().stringSet(), covered, code.emitter().stringSet())
                .addStatement("boolean $N = false", open).build();
    }

    /** The covering strings of the object in the local {@code item}, by each {@code by} selector. */
    private static CodeBlock coveringItem(KeywordCode code, Keyword.Covered k, String covered, String open, String item,
            ItemTag tag) {
        CodeBlock.Builder b = CodeBlock.builder();
        CodeBlock opens = CodeBlock.builder().addStatement("$N = true", open).build();
        for (Keyword.Selector by : k.by()) {
            String where = code.local("where");
            b.addStatement("int $N = $L", where, tag.test(code, by.where(), item))
                    .beginControlFlow("if ($N == $T.TRUE)", where, code.truth())
                    .add(eachMemberString(code, CodeBlock.of("$N", item), by.member(),
                            (text, suffix) -> CodeBlock.builder().addStatement("$N.add($L)", covered, text).build(), opens))
                    .nextControlFlow("else if ($N == $T.UNKNOWN)", where, code.truth())
                    .add(opens)
                    .endControlFlow();
        }
        return b.build();
    }

    /** Once the covering strings are known: the covered side, supposing when the covering side is open. */
    private static CodeBlock coveredOutcome(KeywordCode code, Keyword.Covered k, String covered, String open) {
        CodeBlock.Builder b = CodeBlock.builder();
        CodeBlock whenOpen = code.mode() == Mode.TEST ? code.undecided() : code.supposingInRule(coveredSide(code, k, covered));
        if (whenOpen.isEmpty()) {
            b.beginControlFlow("if (!$N)", open);
        } else {
            b.beginControlFlow("if ($N)", open).add(whenOpen).nextControlFlow("else");
        }
        return b.add(coveredSide(code, k, covered)).endControlFlow().build();
    }

    /** The covered side of {@code appflowCovered}: each known string of a selected item must be in {@code covered}. */
    private static CodeBlock coveredSide(KeywordCode code, Keyword.Covered k, String covered) {
        String i = code.local("i");
        String value = code.local("item");
        String where = code.local("where");
        CodeBlock undecided = code.mode() == Mode.TEST ? code.undecided() : CodeBlock.of("");
        BiFunction<CodeBlock, CodeBlock, CodeBlock> uncovered = (text, suffix) -> CodeBlock.builder()
                .beginControlFlow("if (!$N.contains($L))", covered, text)
                .add(code.fail(k.name(), CodeBlock.of("p.pointer($N, $S)$L", i, k.values().member(), suffix),
                        CodeBlock.of("$S + $L + $S", "'", text, "' is not provided by any matching item"), null))
                .endControlFlow().build();
        CodeBlock.Builder b = CodeBlock.builder()
                .beginControlFlow("for (int $N = 0; $N < n.size(); $N++)", i, i, i)
                .addStatement("$T $N = n.get($N)", ValidatorSpec.JSON_NODE, value, i)
                .addStatement("int $N = $N.isObject() ? $L : $T.unknown($N) ? $T.UNKNOWN : $T.FALSE", where, value,
                        code.test(k.values().where(), CodeBlock.of("$N", value)), code.truth(), value, code.truth(), code.truth())
                .beginControlFlow("if ($N == $T.TRUE)", where, code.truth())
                .add(eachMemberString(code, CodeBlock.of("$N", value), k.values().member(), uncovered, undecided));
        // An item the filter may select may hold an uncovered string.
        CodeBlock maybe = code.mode() == Mode.TEST ? undecided
                : code.supposingInRule(eachMemberString(code, CodeBlock.of("$N", value), k.values().member(), uncovered, CodeBlock.of("")));
        if (!maybe.isEmpty()) {
            b.nextControlFlow("else if ($N == $T.UNKNOWN)", where, code.truth()).add(maybe);
        }
        return b.endControlFlow().endControlFlow().build();
    }

    /**
     * Runs {@code body} on each string taken from {@code member} of the object {@code item}: the member itself
     * when a string, or each string of an array. The body gets the string expression and the pointer suffix
     * below the member ({@code ""} or {@code  + "/" + index}), which is only evaluated when it reports;
     * {@code onUnknown} runs for an unknown member or array entry.
     */
    private static CodeBlock eachMemberString(KeywordCode code, CodeBlock item, String member,
            BiFunction<CodeBlock, CodeBlock, CodeBlock> body, CodeBlock onUnknown) {
        String v = code.local("member");
        String j = code.local("j");
        String entry = code.local("entry");
        CodeBlock.Builder b = CodeBlock.builder()
                .addStatement("$T $N = $L.get($S)", ValidatorSpec.JSON_NODE, v, item, member)
                .beginControlFlow("if ($N != null && $N.isString())", v, v)
                .add(body.apply(CodeBlock.of("$N.stringValue()", v), CodeBlock.of("")))
                .nextControlFlow("else if ($N != null && $N.isArray())", v, v)
                .beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", j, j, v, j)
                .addStatement("$T $N = $N.get($N)", ValidatorSpec.JSON_NODE, entry, v, j)
                .beginControlFlow("if ($N.isString())", entry)
                .add(body.apply(CodeBlock.of("$N.stringValue()", entry), CodeBlock.of(" + $S + $N", "/", j)));
        if (!onUnknown.isEmpty()) {
            b.nextControlFlow("else if ($T.unknown($N))", code.truth(), entry).add(onUnknown);
        }
        b.endControlFlow().endControlFlow();
        if (!onUnknown.isEmpty()) {
            b.nextControlFlow("else if ($N != null && $T.unknown($N))", v, code.truth(), v).add(onUnknown);
        }
        return b.endControlFlow().build();
    }
}
