package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
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
        String s = code.local("s");
        CodeBlock.Builder b = CodeBlock.builder()
                .beginControlFlow("if (n.isArray())")
                .addStatement("$T<$T> $N = new $T<>()", Set.class, String.class, covered, HashSet.class)
                .beginControlFlow("for ($T $N : n)", ValidatorSpec.JSON_NODE, item)
                .beginControlFlow("if (!$N.isObject())", item).addStatement("continue").endControlFlow();
        for (Keyword.Selector by : k.by()) {
            String t = code.local("s");
            b.beginControlFlow("if ($L)", code.test(by.where(), CodeBlock.of("$N", item)))
                    .beginControlFlow("for (String[] $N : $T.memberStrings($N, $S))", t, code.emitter().support(), item, by.member())
                    .addStatement("$N.add($N[0])", covered, t)
                    .endControlFlow()
                    .endControlFlow();
        }
        b.endControlFlow();
        b.beginControlFlow("for (int $N = 0; $N < n.size(); $N++)", i, i, i)
                .beginControlFlow("if (n.get($N).isObject() && $L)", i, code.test(k.values().where(), CodeBlock.of("n.get($N)", i)))
                .beginControlFlow("for (String[] $N : $T.memberStrings(n.get($N), $S))",
                        s, code.emitter().support(), i, k.values().member())
                .beginControlFlow("if (!$N.contains($N[0]))", covered, s)
                .add(code.fail(k.name(), CodeBlock.of("p.pointer($N, $S) + $N[1]", i, k.values().member(), s),
                        CodeBlock.of("$S + $N[0] + $S", "'", s, "' is not provided by any matching item"), null))
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .endControlFlow();
        return b.endControlFlow().build();
    }
}
