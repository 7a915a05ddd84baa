package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import java.math.BigDecimal;
import java.util.HashSet;
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
        return CodeBlock.builder()
                .beginControlFlow("if (n.isObject())")
                .addStatement("$T $N = n.get($S)", ValidatorSpec.JSON_NODE, lower, k.lower())
                .addStatement("$T $N = n.get($S)", ValidatorSpec.JSON_NODE, upper, k.upper())
                .beginControlFlow("if ($N != null && $N != null)", lower, upper)
                .addStatement("$T $N = $T.$N($N)", BigDecimal.class, a, code.emitter().support(), convert, lower)
                .addStatement("$T $N = $T.$N($N)", BigDecimal.class, b, code.emitter().support(), convert, upper)
                .beginControlFlow("if ($N != null && $N != null && $N.compareTo($N) $L 0)", a, b, a, b, op)
                .add(code.fail(k.name(), KeywordCode.memberPtr(k.upper()), CodeBlock.of("$S", words), null))
                .endControlFlow()
                .endControlFlow()
                .endControlFlow().build();
    }

    static CodeBlock splitEquals(KeywordCode code, Keyword.SplitEquals k) {
        String value = code.local("value");
        String items = code.local("items");
        return CodeBlock.builder()
                .beginControlFlow("if (n.isObject())")
                .addStatement("$T $N = n.at($S)", ValidatorSpec.JSON_NODE, value, k.value())
                .addStatement("$T<$T> $N = $T.stringSet(n.at($S))", Set.class, String.class, items,
                        code.emitter().support(), k.items())
                .beginControlFlow("if ($N.isString() && $N != null && !$T.splitEntries($N.stringValue(), $S).equals($N))",
                        value, items, code.emitter().support(), value, k.separator(), items)
                .add(code.fail(k.name(), CodeBlock.of("p.pointer() + $S", k.value()),
                        CodeBlock.of("$S", "the entries of '" + k.value() + "' must be the same as the strings of '" + k.items() + "'"), null))
                .endControlFlow()
                .endControlFlow().build();
    }

    static CodeBlock unique(KeywordCode code, Keyword.Unique k) {
        String seen = code.local("seen");
        String i = code.local("i");
        String item = code.local("item");
        String member = code.local("member");
        return CodeBlock.builder()
                .beginControlFlow("if (n.isArray())")
                .addStatement("$T<$T> $N = new $T<>()", Set.class, String.class, seen, HashSet.class)
                .beginControlFlow("for (int $N = 0; $N < n.size(); $N++)", i, i, i)
                .addStatement("$T $N = n.get($N)", ValidatorSpec.JSON_NODE, item, i)
                .beginControlFlow("if ($N.isObject() && $L)", item, code.test(k.selector().where(), CodeBlock.of("$N", item)))
                .addStatement("$T $N = $N.get($S)", ValidatorSpec.JSON_NODE, member, item, k.selector().member())
                .beginControlFlow("if ($N != null && $N.isString() && !$N.add($N.stringValue()))", member, member, seen, member)
                .add(code.fail(k.name(),
                        CodeBlock.of("p.pointer($N, $S)", i, k.selector().member()),
                        CodeBlock.of("$S + $N.stringValue() + $S", "'", member, "' is used more than once"), null))
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .endControlFlow().build();
    }

    static CodeBlock covered(KeywordCode code, Keyword.Covered k) {
        String covered = code.local("covered");
        String i = code.local("i");
        String item = code.local("item");
        CodeBlock.Builder b = CodeBlock.builder()
                .beginControlFlow("if (n.isArray())")
                .addStatement("$T<$T> $N = new $T<>()", Set.class, String.class, covered, HashSet.class)
                .beginControlFlow("for ($T $N : n)", ValidatorSpec.JSON_NODE, item)
                .beginControlFlow("if (!$N.isObject())", item).addStatement("continue").endControlFlow();
        for (Keyword.Selector by : k.by()) {
            b.beginControlFlow("if ($L)", code.test(by.where(), CodeBlock.of("$N", item)))
                    .add(eachMemberString(code, CodeBlock.of("$N", item), by.member(),
                            (text, suffix) -> CodeBlock.builder().addStatement("$N.add($L)", covered, text).build()))
                    .endControlFlow();
        }
        b.endControlFlow();
        String value = code.local("item");
        b.beginControlFlow("for (int $N = 0; $N < n.size(); $N++)", i, i, i)
                .addStatement("$T $N = n.get($N)", ValidatorSpec.JSON_NODE, value, i)
                .beginControlFlow("if ($N.isObject() && $L)", value, code.test(k.values().where(), CodeBlock.of("$N", value)))
                .add(eachMemberString(code, CodeBlock.of("$N", value), k.values().member(),
                        (text, suffix) -> CodeBlock.builder()
                                .beginControlFlow("if (!$N.contains($L))", covered, text)
                                .add(code.fail(k.name(), CodeBlock.of("p.pointer($N, $S)$L", i, k.values().member(), suffix),
                                        CodeBlock.of("$S + $L + $S", "'", text, "' is not provided by any matching item"), null))
                                .endControlFlow().build()))
                .endControlFlow()
                .endControlFlow();
        return b.endControlFlow().build();
    }

    /**
     * Runs {@code body} on each string taken from {@code member} of the object {@code item}: the member itself
     * when a string, or each string of an array. The body gets the string expression and the pointer suffix
     * below the member ({@code ""} or {@code  + "/" + index}), which is only evaluated when it reports.
     */
    private static CodeBlock eachMemberString(KeywordCode code, CodeBlock item, String member,
            BiFunction<CodeBlock, CodeBlock, CodeBlock> body) {
        String v = code.local("member");
        String j = code.local("j");
        String entry = code.local("entry");
        return CodeBlock.builder()
                .addStatement("$T $N = $L.get($S)", ValidatorSpec.JSON_NODE, v, item, member)
                .beginControlFlow("if ($N != null && $N.isString())", v, v)
                .add(body.apply(CodeBlock.of("$N.stringValue()", v), CodeBlock.of("")))
                .nextControlFlow("else if ($N != null && $N.isArray())", v, v)
                .beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", j, j, v, j)
                .addStatement("$T $N = $N.get($N)", ValidatorSpec.JSON_NODE, entry, v, j)
                .beginControlFlow("if ($N.isString())", entry)
                .add(body.apply(CodeBlock.of("$N.stringValue()", entry), CodeBlock.of(" + $S + $N", "/", j)))
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .build();
    }
}
