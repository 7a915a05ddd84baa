package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import org.appflowcontracts.codegen.model.Keyword;

/** Code for the array keywords (items, contains, item counts, uniqueItems); each is a no-op on non-arrays. */
final class ArrayKeywordCode {

    private ArrayKeywordCode() {}

    static CodeBlock items(KeywordCode code, Keyword.Items k) {
        if (k.schema().keywords().isEmpty()) {
            return CodeBlock.of("");
        }
        String i = code.local("i");
        return CodeBlock.builder()
                .beginControlFlow("if (n.isArray())")
                .beginControlFlow("for (int $N = 0; $N < n.size(); $N++)", i, i, i)
                .add(code.invoke(k.schema(), code.mode(), CodeBlock.of("n.get($N)", i), PathNames.indexStep(i)))
                .endControlFlow()
                .endControlFlow().build();
    }

    /**
     * Counts the items that match and those undecided (unknown, or matching depending on an unknown). A bound
     * fails only when it fails whatever the undecided items turn out to be: too few even if all matched, too
     * many among the certain matches alone.
     */
    static CodeBlock contains(KeywordCode code, Keyword.Contains k) {
        String count = code.local("matches");
        String undecided = code.local("undecided");
        String item = code.local("item");
        String verdict = code.local("verdict");
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if (n.isArray())");
        b.addStatement("int $N = 0", count).addStatement("int $N = 0", undecided);
        int min = k.min().orElse(1);
        // Counting stops once the verdict is known: past the maximum, or at the minimum when there is none.
        CodeBlock decided = k.max().isPresent() ? CodeBlock.of("> $L", k.max().get()) : CodeBlock.of(">= $L", min);
        b.beginControlFlow("for ($T $N : n)", ValidatorSpec.JSON_NODE, item)
                .addStatement("int $N = $L", verdict, code.test(k.schema(), CodeBlock.of("$N", item)))
                .beginControlFlow("if ($N == $T.TRUE && ++$N $L)", verdict, code.truth(), count, decided)
                .addStatement("break")
                .nextControlFlow("else if ($N == $T.UNKNOWN)", verdict, code.truth())
                .addStatement("$N++", undecided)
                .endControlFlow()
                .endControlFlow();
        b.add(containsBounds(code, k, count, undecided));
        return b.endControlFlow().build();
    }

    /**
     * {@link #contains} counted in a loop over the items that others share ({@link SharedArrayPass}): the
     * statements before the loop, for each item in the local {@code item}, and after it. An item is no longer
     * tested once the verdict is known, as {@link #contains} stops its own loop there.
     */
    static SharedArrayPass.Part containsPart(KeywordCode code, Keyword.Contains k, ItemTag tag) {
        String count = code.local("matches");
        String undecided = code.local("undecided");
        String verdict = code.local("verdict");
        int min = k.min().orElse(1);
        CodeBlock open = k.max().isPresent() ? CodeBlock.of("$N <= $L", count, k.max().get()) : CodeBlock.of("$N < $L", count, min);
        CodeBlock before = CodeBlock.builder().addStatement("int $N = 0", count).addStatement("int $N = 0", undecided).build();
        return new SharedArrayPass.Part(before, (item, index) -> CodeBlock.builder()
                .beginControlFlow("if ($L)", open)
                .addStatement("int $N = $L", verdict, tag.test(code, k.schema(), item))
                .beginControlFlow("if ($N == $T.TRUE)", verdict, code.truth()).addStatement("$N++", count)
                .nextControlFlow("else if ($N == $T.UNKNOWN)", verdict, code.truth()).addStatement("$N++", undecided)
                .endControlFlow()
                .endControlFlow().build(),
                containsBounds(code, k, count, undecided));
    }

    /** The failures of {@code contains} once its items are counted. */
    private static CodeBlock containsBounds(KeywordCode code, Keyword.Contains k, String count, String undecided) {
        int min = k.min().orElse(1);
        CodeBlock.Builder b = CodeBlock.builder();
        // Bounds from minContains/maxContains fail as the keyword the author wrote: contains.
        if (min > 0) {
            CodeBlock tooFew = code.fail(k.name(), KeywordCode.ptr("p"), CodeBlock.of("$S", "must contain at least " + min + " matching item(s)"), null, Integer.toString(min));
            b.beginControlFlow("if ($N + $N < $L)", count, undecided, min).add(tooFew)
                    .nextControlFlow("else if ($N < $L)", count, min).add(code.supposingInRule(tooFew))
                    .endControlFlow();
        }
        if (k.max().isPresent()) {
            CodeBlock tooMany = code.fail(k.name(), KeywordCode.ptr("p"), CodeBlock.of("$S", "must contain at most " + k.max().get() + " matching item(s)"), null, k.max().get().toString());
            b.beginControlFlow("if ($N > $L)", count, k.max().get()).add(tooMany)
                    .nextControlFlow("else if ($N + $N > $L)", count, undecided, k.max().get()).add(code.supposingInRule(tooMany))
                    .endControlFlow();
        }
        if (code.mode() == Mode.TEST) {
            CodeBlock open = k.max().isPresent() ? CodeBlock.of("$N < $L || $N + $N > $L", count, min, count, undecided, k.max().get())
                    : CodeBlock.of("$N < $L", count, min);
            b.beginControlFlow("if ($L)", open).add(code.undecided()).endControlFlow();
        }
        return b.build();
    }

    static CodeBlock minItems(KeywordCode code, Keyword.MinItems k) {
        return code.counted("n.isArray() && n.size() < $L", k.value(), k.name(), "must have at least " + k.value() + " items");
    }

    static CodeBlock maxItems(KeywordCode code, Keyword.MaxItems k) {
        return code.counted("n.isArray() && n.size() > $L", k.value(), k.name(), "must have at most " + k.value() + " items");
    }

    static CodeBlock uniqueItems(KeywordCode code, Keyword.UniqueItems k) {
        // Only items without unknown values can be reported duplicates (of each other).
        return CodeBlock.builder()
                .beginControlFlow("if (n.isArray())")
                .add(code.failUnless(CodeBlock.of("$T.uniqueItems(n)", code.truth()), k.name(), CodeBlock.of("$S", "items must be unique")))
                .endControlFlow().build();
    }
}
