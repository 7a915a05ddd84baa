package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.SchemaNode;

/**
 * Code for the applicators that apply subschemas to the same value ($ref, allOf, anyOf, oneOf, not, if/then/else).
 * Alternatives are probed with the TEST-mode methods so a failed branch reports nothing.
 */
final class ApplicatorKeywordCode {

    private ApplicatorKeywordCode() {}

    static CodeBlock ref(KeywordCode code, Keyword.Ref k) {
        SchemaNode target = code.emitter().graph().node(k.target());
        return code.invoke(target, code.mode(), CodeBlock.of("n"), null);
    }

    /** The members are applied together, sharing member lookups, array walks and discriminator switches ({@link FusedAllOf}). */
    static CodeBlock allOf(KeywordCode code, Keyword.AllOf k) {
        return FusedAllOf.apply(code, k.schemas());
    }

    static CodeBlock anyOf(KeywordCode code, Keyword.AnyOf k) {
        List<CodeBlock> tests = k.schemas().stream().map(s -> code.test(s, CodeBlock.of("n"))).toList();
        return CodeBlock.builder()
                .beginControlFlow("if (!($L))", CodeBlock.join(tests, " || "))
                .add(code.fail(k.name(), KeywordCode.ptr("p"), CodeBlock.of("$S", "must match at least one of the allowed forms"), null))
                .endControlFlow().build();
    }

    static CodeBlock oneOf(KeywordCode code, Keyword.OneOf k) {
        String count = code.local("matches");
        CodeBlock.Builder b = CodeBlock.builder().addStatement("int $N = 0", count);
        for (SchemaNode s : k.schemas()) {
            b.beginControlFlow("if ($L)", code.test(s, CodeBlock.of("n"))).addStatement("$N++", count).endControlFlow();
        }
        return b.beginControlFlow("if ($N != 1)", count)
                .add(code.fail(k.name(), KeywordCode.ptr("p"), CodeBlock.of("$S", "must match exactly one of the allowed forms"), null))
                .endControlFlow().build();
    }

    static CodeBlock not(KeywordCode code, Keyword.Not k) {
        return CodeBlock.builder()
                .beginControlFlow("if ($L)", code.test(k.schema(), CodeBlock.of("n")))
                .add(code.fail(k.name(), KeywordCode.ptr("p"), CodeBlock.of("$S", "must not match the excluded form"), null))
                .endControlFlow().build();
    }

    /** The condition only selects a branch: its own failures are never reported. */
    static CodeBlock ifThenElse(KeywordCode code, Keyword.IfThenElse k) {
        if (k.then().isEmpty() && k.otherwise().isEmpty()) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if ($L)", code.test(k.condition(), CodeBlock.of("n")));
        k.then().ifPresent(t -> b.add(code.invoke(t, code.mode(), CodeBlock.of("n"), null)));
        if (k.otherwise().isPresent()) {
            b.nextControlFlow("else");
            b.add(code.invoke(k.otherwise().get(), code.mode(), CodeBlock.of("n"), null));
        }
        return b.endControlFlow().build();
    }
}
