package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.SchemaNode;

/**
 * Code for the applicators that apply subschemas to the same value ($ref, allOf, anyOf, oneOf, not, if/then/else).
 * Alternatives are probed with the TEST-mode methods so a failed branch reports nothing; their verdicts combine
 * by Kleene's three-valued logic, and an UNKNOWN outcome reports nothing.
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

    /** TRUE once a branch holds (the rest are not tested), else UNKNOWN if a branch is undecided, else FALSE. */
    static CodeBlock anyOf(KeywordCode code, Keyword.AnyOf k) {
        String any = code.local("any");
        CodeBlock.Builder b = CodeBlock.builder();
        for (SchemaNode s : k.schemas()) {
            CodeBlock test = code.test(s, CodeBlock.of("n"));
            if (s == k.schemas().get(0)) {
                b.addStatement("int $N = $L", any, test);
            } else {
                b.beginControlFlow("if ($N != $T.TRUE)", any, code.truth()).addStatement("$N |= $L", any, test).endControlFlow();
            }
        }
        return b.add(code.failUnless(CodeBlock.of("$N", any), k.name(),
                CodeBlock.of("$S", "must match at least one of the allowed forms"))).build();
    }

    static CodeBlock oneOf(KeywordCode code, Keyword.OneOf k) {
        String count = code.local("matches");
        String undecided = code.local("undecided");
        String branch = code.local("branch");
        CodeBlock.Builder b = CodeBlock.builder().addStatement("int $N = 0", count).addStatement("int $N = 0", undecided)
                .addStatement("int $N", branch);
        for (SchemaNode s : k.schemas()) {
            b.addStatement("$N = $L", branch, code.test(s, CodeBlock.of("n")))
                    .beginControlFlow("if ($N == $T.TRUE)", branch, code.truth()).addStatement("$N++", count)
                    .nextControlFlow("else if ($N == $T.UNKNOWN)", branch, code.truth()).addStatement("$N++", undecided)
                    .endControlFlow();
        }
        return b.add(code.failUnless(CodeBlock.of("$T.oneOf($N, $N)", code.truth(), count, undecided), k.name(),
                CodeBlock.of("$S", "must match exactly one of the allowed forms"))).build();
    }

    static CodeBlock not(KeywordCode code, Keyword.Not k) {
        return code.failUnless(CodeBlock.of("$T.not($L)", code.truth(), code.test(k.schema(), CodeBlock.of("n"))), k.name(),
                CodeBlock.of("$S", "must not match the excluded form"));
    }

    /**
     * The condition only selects a branch: its own failures are never reported. An UNKNOWN condition selects
     * neither: a check reports nothing (both branches run supposing, see {@link KeywordCode#supposing}), and a
     * test's verdict is Kleene's {@code (c -> T) and (not c -> E)}, which for an UNKNOWN {@code c} is each branch
     * "or" UNKNOWN.
     */
    static CodeBlock ifThenElse(KeywordCode code, Keyword.IfThenElse k) {
        if (k.then().isEmpty() && k.otherwise().isEmpty()) {
            return CodeBlock.of("");
        }
        String condition = code.local("condition");
        CodeBlock.Builder b = CodeBlock.builder()
                .addStatement("int $N = $L", condition, code.test(k.condition(), CodeBlock.of("n")))
                .beginControlFlow("if ($N == $T.TRUE)", condition, code.truth());
        k.then().ifPresent(t -> b.add(code.invoke(t, code.mode(), CodeBlock.of("n"), null)));
        if (k.otherwise().isPresent()) {
            b.nextControlFlow("else if ($N == $T.FALSE)", condition, code.truth());
            b.add(code.invoke(k.otherwise().get(), code.mode(), CodeBlock.of("n"), null));
        }
        List<SchemaNode> branches = k.then().isPresent() && k.otherwise().isPresent()
                ? List.of(k.then().get(), k.otherwise().get()) : List.of(k.then().orElseGet(() -> k.otherwise().get()));
        b.nextControlFlow("else if ($N == $T.UNKNOWN)", condition, code.truth());
        CodeBlock.Builder undecided = CodeBlock.builder();
        for (SchemaNode branch : branches) {
            undecided.add(code.mode() == Mode.TEST
                    ? code.absorb(CodeBlock.of("$L | $T.UNKNOWN", code.test(branch, CodeBlock.of("n")), code.truth()))
                    : code.invoke(branch, Mode.CHECK, CodeBlock.of("n"), null));
        }
        b.add(code.mode() == Mode.TEST ? undecided.build() : code.supposing(undecided.build()));
        return b.endControlFlow().build();
    }
}
