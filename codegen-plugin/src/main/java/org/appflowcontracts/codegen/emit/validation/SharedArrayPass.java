package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.SchemaGraph;
import org.appflowcontracts.codegen.model.SchemaNode;

/**
 * Rules over an array that count or collect its items ({@code contains} with its bounds, {@code appflowUnique},
 * and {@code appflowCovered} under an {@code if} on the array, whose covering strings are collected whatever the
 * condition, which is then tested once after the loop, or decided from the loop's own verdicts when it only asks
 * whether some item matches: {@link LoopCondition}) run in the one loop over the items that the fused {@code items} subschemas already share ({@link FusedAllOf}),
 * instead of each walking the array again. Each keeps its own state, its own test per item and its own reports
 * (same rule, keyword, pointer and schema location, raised by the same verdicts); only the order in which the
 * failures reach the collector changes, which no finding depends on (findings are sorted by pointer and rule).
 *
 * <p>Only report-mode code joins: a test's verdict may stop at the first failing keyword, which a shared loop
 * could not do.
 */
final class SharedArrayPass {

    /**
     * One keyword's share of the loop: statements before it, statements for each item (given the locals holding
     * the item and its index), and statements after it.
     */
    record Part(CodeBlock before, BiFunction<String, String, CodeBlock> each, CodeBlock after) {}

    private SharedArrayPass() {}

    /** Whether {@code node} can run in a shared loop: a lone {@code contains} or {@code appflowUnique}, or a covering rule. */
    static boolean joins(SchemaGraph graph, Mode mode, SchemaNode node) {
        if (mode != Mode.CHECK || node.keywords().size() != 1) {
            return false;
        }
        Keyword keyword = node.keywords().get(0);
        return keyword instanceof Keyword.Contains || keyword instanceof Keyword.Unique || coveredThen(graph, node) != null;
    }

    /**
     * The {@code then} of {@code {"if": …, "then": {"appflowCovered": …}}} (no {@code else}), or null. Collecting the
     * covering strings changes nothing, so they are collected in the loop even when the condition turns out FALSE.
     */
    private static SchemaNode coveredThen(SchemaGraph graph, SchemaNode node) {
        if (!(node.keywords().get(0) instanceof Keyword.IfThenElse k) || k.then().isEmpty() || k.otherwise().isPresent()) {
            return null;
        }
        SchemaNode then = graph.dereference(k.then().get());
        return then.keywords().size() == 1 && then.keywords().get(0) instanceof Keyword.Covered ? then : null;
    }

    /** The parts of {@code nodes} (each {@link #joins}), in order, with their failures reported as their own. */
    static List<Part> parts(KeywordCode code, List<SchemaNode> nodes) {
        SchemaGraph graph = code.emitter().graph();
        ItemTag tag = ItemTag.of(code, nodes.stream().flatMap(node -> itemTests(graph, node).stream()).toList());
        List<Part> parts = new ArrayList<>();
        // The items' tag is read first in each iteration, for the tests below.
        parts.add(new Part(CodeBlock.of(""), (item, index) -> tag.read(item), CodeBlock.of("")));
        for (SchemaNode node : nodes) {
            parts.add(labelled(node, part(code, node, tag)));
        }
        return parts;
    }

    /** The schemas {@code node} tests each item against in the loop. */
    private static List<SchemaNode> itemTests(SchemaGraph graph, SchemaNode node) {
        Keyword keyword = node.keywords().get(0);
        if (keyword instanceof Keyword.Contains k) {
            return List.of(k.schema());
        }
        if (keyword instanceof Keyword.Unique k) {
            return List.of(k.selector().where());
        }
        Keyword.Covered covered = (Keyword.Covered) coveredThen(graph, node).keywords().get(0);
        List<SchemaNode> tests = new ArrayList<>(covered.by().stream().map(Keyword.Selector::where).toList());
        LoopCondition.terms(graph, ((Keyword.IfThenElse) keyword).condition())
                .ifPresent(terms -> terms.forEach(term -> tests.add(term.schema())));
        return tests;
    }

    private static Part part(KeywordCode code, SchemaNode node, ItemTag tag) {
        KeywordCode own = code.inlined(node);
        Keyword keyword = node.keywords().get(0);
        if (keyword instanceof Keyword.Contains k) {
            return ArrayKeywordCode.containsPart(own, k, tag);
        }
        if (keyword instanceof Keyword.Unique k) {
            return AppflowCode.uniquePart(own, k, tag);
        }
        Keyword.IfThenElse k = (Keyword.IfThenElse) keyword;
        SchemaNode then = coveredThen(code.emitter().graph(), node);
        Optional<LoopCondition> inLoop = LoopCondition.of(own, k.condition());
        CodeBlock condition = inLoop.map(LoopCondition::verdict).orElseGet(() -> own.test(k.condition(), CodeBlock.of("n")));
        Part covered = AppflowCode.coveredPart(code.inlined(then), (Keyword.Covered) then.keywords().get(0), tag,
                check -> conditional(own, condition, check));
        if (inLoop.isEmpty()) {
            return covered;
        }
        // The condition's items are tested in the loop too, beside the covering strings.
        return new Part(CodeBlock.builder().add(inLoop.get().before()).add(covered.before()).build(),
                (item, index) -> CodeBlock.builder().add(inLoop.get().each(tag, item)).add(covered.each().apply(item, index)).build(),
                covered.after());
    }

    /** Each piece opened by a comment naming the rule, so a reader finds a rule's check in the loop by its id. */
    private static Part labelled(SchemaNode node, Part part) {
        String name = node.owner().map(rule -> rule.reportedId()).orElse("schema").replaceAll("[^A-Za-z0-9_.-]", "_");
        return new Part(comment(name, part.before()), (item, index) -> comment(name, part.each().apply(item, index)),
                comment(name, part.after()));
    }

    private static CodeBlock comment(String name, CodeBlock code) {
        return code.isEmpty() ? code : CodeBlock.builder().add("// $L\n", name).add(code).build();
    }

    /**
     * {@code check} run as the {@code then} of an {@code if} would be, given the condition's {@code Truth}
     * expression: when the condition holds, and supposing when it is UNKNOWN (written once, so the check's code is
     * not repeated).
     */
    private static CodeBlock conditional(KeywordCode code, CodeBlock truth, CodeBlock check) {
        String condition = code.local("condition");
        return CodeBlock.builder()
                .addStatement("int $N = $L", condition, truth)
                .beginControlFlow("if ($N != $T.FALSE)", condition, code.truth())
                .beginControlFlow("if ($N == $T.UNKNOWN)", condition, code.truth()).addStatement("out.suppose()").endControlFlow()
                .add(check)
                .beginControlFlow("if ($N == $T.UNKNOWN)", condition, code.truth()).addStatement("out.endSuppose()").endControlFlow()
                .endControlFlow().build();
    }
}
