package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.codegen.model.JsonType;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.SchemaGraph;
import org.appflowcontracts.codegen.model.SchemaNode;

/**
 * A condition on an array that only asks whether some item matches ({@code contains}, or {@code not} of one
 * {@code contains}, beside {@code "type": "array"}), decided from verdicts gathered in the shared loop over the
 * items ({@link SharedArrayPass}) instead of by a walk of its own after the loop ("the flow has a projection task
 * and no Map_all task"). Each {@code contains} keeps the Kleene "or" of its items' verdicts, which is what a
 * {@code contains} without bounds gives: TRUE when an item matches, else UNKNOWN when an item is undecided, else
 * FALSE; an item is no longer tested once one has matched, as the keyword's own loop stops there. The condition
 * is then the "and" of its terms, each {@code not} swapping TRUE and FALSE: the verdict its test method gives.
 */
final class LoopCondition {

    /** One {@code contains}: the schema its items are tested against, whether a {@code not} encloses it. */
    record Term(SchemaNode schema, boolean negated) {}

    private final KeywordCode code;
    private final List<Term> terms;
    private final List<String> locals = new ArrayList<>();

    private LoopCondition(KeywordCode code, List<Term> terms) {
        this.code = code;
        this.terms = terms;
        terms.forEach(t -> locals.add(code.local("matched")));
    }

    /** The condition decided in the loop, when {@code condition} has that form; statements are named in {@code code}. */
    static Optional<LoopCondition> of(KeywordCode code, SchemaNode condition) {
        return terms(code.emitter().graph(), condition).map(terms -> new LoopCondition(code, terms));
    }

    /** The terms of {@code condition}, when it has only {@code type} (allowing arrays), {@code contains} and {@code not contains}. */
    static Optional<List<Term>> terms(SchemaGraph graph, SchemaNode condition) {
        SchemaNode node = graph.dereference(condition);
        List<Term> terms = new ArrayList<>();
        for (Keyword keyword : node.keywords()) {
            if (keyword instanceof Keyword.Type k && k.types().contains(JsonType.ARRAY)) {
                continue;
            }
            Optional<SchemaNode> plain = plainContains(keyword);
            if (plain.isPresent()) {
                terms.add(new Term(plain.get(), false));
                continue;
            }
            if (!(keyword instanceof Keyword.Not k)) {
                return Optional.empty();
            }
            SchemaNode negated = graph.dereference(k.schema());
            if (negated.keywords().size() != 1 || plainContains(negated.keywords().get(0)).isEmpty()) {
                return Optional.empty();
            }
            terms.add(new Term(plainContains(negated.keywords().get(0)).orElseThrow(), true));
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(terms));
    }

    /** The schema of a {@code contains} without {@code minContains}/{@code maxContains}. */
    private static Optional<SchemaNode> plainContains(Keyword keyword) {
        return keyword instanceof Keyword.Contains k && k.min().isEmpty() && k.max().isEmpty()
                ? Optional.of(k.schema()) : Optional.empty();
    }

    /** Before the loop: no item has matched yet. */
    CodeBlock before() {
        CodeBlock.Builder b = CodeBlock.builder();
        locals.forEach(local -> b.addStatement("int $N = $T.FALSE", local, code.truth()));
        return b.build();
    }

    /** For the item in the local {@code item}: its verdict joins each term's, until one has matched. */
    CodeBlock each(ItemTag tag, String item) {
        CodeBlock.Builder b = CodeBlock.builder();
        for (int i = 0; i < terms.size(); i++) {
            b.beginControlFlow("if ($N != $T.TRUE)", locals.get(i), code.truth())
                    .addStatement("$N |= $L", locals.get(i), tag.test(code, terms.get(i).schema(), item))
                    .endControlFlow();
        }
        return b.build();
    }

    /** After the loop: the condition's {@code Truth}. */
    CodeBlock verdict() {
        List<CodeBlock> parts = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            parts.add(terms.get(i).negated() ? CodeBlock.of("$T.not($N)", code.truth(), locals.get(i))
                    : CodeBlock.of("$N", locals.get(i)));
        }
        return CodeBlock.join(parts, " & ");
    }
}
