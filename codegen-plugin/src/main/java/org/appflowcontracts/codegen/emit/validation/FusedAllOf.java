package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.appflowcontracts.codegen.emit.Javadoc;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.SchemaGraph;
import org.appflowcontracts.codegen.model.SchemaLocation;
import org.appflowcontracts.codegen.model.SchemaNode;

/**
 * Applies several subschemas to one value in a single walk. Rule overlays are many small schemas that each reach
 * the same members ({@code properties}/{@code items}) and test the same discriminators; called one by one, every
 * schema looks the member up and walks the array again. Here the subschemas of nested {@code allOf}s are
 * flattened; those that only apply {@code properties} share one lookup per member, those that only apply
 * {@code items} share one loop, tagged-union branches share one switch ({@link DiscriminatedBranches}), and the
 * same planning repeats on the member and item values. Conditions that test a tag among other things join the
 * switch on that tag ({@link GuardedConditions}): a tag of another value decides them without evaluating them.
 * Everything else is called as before.
 *
 * <p>Neither {@code allOf}, {@code properties} nor {@code items} reports a failure of its own, so regrouping them
 * changes no finding: the leaves are the same generated methods, called with the same instance path.
 */
final class FusedAllOf {

    private final KeywordCode code;
    private final SchemaGraph graph;
    /** The generated method this code goes into; the methods for members and items are named after it. */
    private final String methodName;

    private FusedAllOf(KeywordCode code, String methodName) {
        this.code = code;
        this.graph = code.emitter().graph();
        this.methodName = methodName;
    }

    /** Statements applying every schema to the method's value {@code n}. */
    static CodeBlock apply(KeywordCode code, List<SchemaNode> schemas) {
        String methodName = code.doc().methodName(code.node().location(), code.mode());
        FusedAllOf fused = new FusedAllOf(code, methodName);
        return fused.applyFlat(fused.flatten(schemas), "n");
    }

    /**
     * How a flattened list of subschemas is applied: tagged-union branches and guarded conditions by the path to
     * their tag (one switch per path, when two or more share it), member subschemas by member, item subschemas,
     * and the rest, each called on its own.
     */
    private record Plan(Map<List<DiscriminatedBranches.Step>, DiscriminatedBranches.Group> switches,
            Map<String, List<SchemaNode>> members,
            List<SchemaNode> items, List<SchemaNode> passes, List<SchemaNode> rest) {}

    private Plan plan(List<SchemaNode> flat) {
        Map<List<DiscriminatedBranches.Step>, DiscriminatedBranches.Group> groups = new LinkedHashMap<>();
        Map<String, List<SchemaNode>> members = new LinkedHashMap<>();
        List<SchemaNode> items = new ArrayList<>();
        List<SchemaNode> passes = new ArrayList<>();
        List<SchemaNode> rest = new ArrayList<>();
        List<SchemaNode> conditional = new ArrayList<>();
        for (SchemaNode node : flat) {
            Optional<Map.Entry<List<DiscriminatedBranches.Step>, DiscriminatedBranches.Branch>> branch =
                    DiscriminatedBranches.branch(graph, node);
            if (branch.isPresent()) {
                groups.computeIfAbsent(branch.get().getKey(), d -> new DiscriminatedBranches.Group())
                        .addTagged(branch.get().getValue(), node);
            } else if (structural(node)) {
                // Its allOf was opened by flatten; its member and item subschemas join the shared lookups and loop.
                node.keyword(Keyword.Properties.class).ifPresent(p -> p.members().forEach(member -> {
                    if (!member.getValue().keywords().isEmpty()) {
                        members.computeIfAbsent(member.getKey(), m -> new ArrayList<>()).add(member.getValue());
                    }
                }));
                node.keyword(Keyword.Items.class).ifPresent(k -> items.add(k.schema()));
            } else if (SharedArrayPass.joins(graph, code.mode(), node)) {
                passes.add(node);
            } else {
                conditional.add(node);
            }
        }
        for (SchemaNode node : conditional) {
            if (!GuardedConditions.join(graph, node, groups)) {
                rest.add(node);
            }
        }
        Map<List<DiscriminatedBranches.Step>, DiscriminatedBranches.Group> switches = new LinkedHashMap<>();
        groups.forEach((path, group) -> {
            if (group.size() >= 2) {
                switches.put(path, group);
            } else {
                rest.addAll(group.nodes());
            }
        });
        if (items.isEmpty() && passes.size() < 2) {
            // No loop to share: the keyword walks the array on its own, as its method does.
            rest.addAll(passes);
            passes.clear();
        }
        return new Plan(switches, members, items, passes, rest);
    }

    /** Statements applying {@code flat} (already flattened) to the value in the local {@code value}. */
    private CodeBlock applyFlat(List<SchemaNode> flat, String value) {
        if (flat.size() == 1) {
            return code.invoke(flat.get(0), code.mode(), CodeBlock.of("$N", value), null);
        }
        Plan plan = plan(flat);
        CodeBlock.Builder b = CodeBlock.builder();
        plan.switches().forEach((path, group) -> b.add(DiscriminatedBranches.code(code, path, group, value)));
        if (!plan.members().isEmpty()) {
            List<MemberLookups.Named> members = new ArrayList<>();
            plan.members().forEach((member, schemasOfMember) -> members.add(new MemberLookups.Named(member,
                    v -> descend(code.memberStep(member), member, schemasOfMember, v))));
            b.beginControlFlow("if ($N.isObject())", value)
                    .add(MemberLookups.apply(code, value, members))
                    .endControlFlow();
        }
        if (!plan.items().isEmpty() || !plan.passes().isEmpty()) {
            b.add(itemLoop(plan, value));
        }
        for (SchemaNode node : plan.rest()) {
            b.add(code.invoke(node, code.mode(), CodeBlock.of("$N", value), null));
        }
        return b.build();
    }

    /**
     * The one loop over the items: the item subschemas (descending into each item) and the array rules that count
     * or collect items ({@link SharedArrayPass}), each with its state before the loop and its reports after it.
     */
    private CodeBlock itemLoop(Plan plan, String value) {
        String i = code.local("i");
        String item = code.local("item");
        List<SharedArrayPass.Part> parts = SharedArrayPass.parts(code, plan.passes());
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if ($N.isArray())", value);
        parts.forEach(part -> b.add(part.before()));
        b.beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", i, i, value, i)
                .addStatement("$T $N = $N.get($N)", ValidatorSpec.JSON_NODE, item, value, i)
                .add(descend(PathNames.indexStep(i), "items", plan.items(), item));
        parts.forEach(part -> b.add(part.each().apply(item, i)));
        b.endControlFlow();
        parts.forEach(part -> b.add(part.after()));
        return b.endControlFlow().build();
    }

    /**
     * The schemas applied to a member or item, with the instance path entering {@code step} around them. Several
     * schemas get a method of their own (named after this one and {@code suffix}), so no generated method grows
     * with the number of rules: the JIT stops compiling methods past 8,000 bytes of bytecode.
     */
    private CodeBlock descend(CodeBlock step, String suffix, List<SchemaNode> schemas, String value) {
        List<SchemaNode> flat = flatten(schemas);
        if (flat.isEmpty()) {
            return CodeBlock.of("");
        }
        if (flat.size() == 1) {
            return code.invoke(flat.get(0), code.mode(), CodeBlock.of("$N", value), code.mode() == Mode.TEST ? null : step);
        }
        ValidatorSpec.MethodRef method = fusedMethod(suffix, flat);
        if (code.mode() == Mode.TEST) {
            return code.absorb(method.call(CodeBlock.of("$N", value)));
        }
        return CodeBlock.builder()
                .addStatement("p.$L", step)
                .addStatement("$L", method.call(CodeBlock.of("$N, p, out", value)))
                .addStatement("p.leave()")
                .build();
    }

    /**
     * The method applying {@code schemas} together, generated once per set: the name is taken before the body is
     * built, so a recursive schema (a member whose subschemas lead back to the same set) calls the method it is in.
     */
    private ValidatorSpec.MethodRef fusedMethod(String suffix, List<SchemaNode> schemas) {
        DocumentClass doc = code.doc();
        String key = code.mode() + " " + schemas.stream().map(s -> s.location().toString()).toList();
        String existing = doc.fusedMethodName(key);
        if (existing != null) {
            return new ValidatorSpec.MethodRef(doc.name(), existing);
        }
        String name = doc.syntheticMethodName(methodName + "_" + suffix);
        doc.rememberFusedMethod(key, name);
        KeywordCode inner = new KeywordCode(code.emitter(), doc, code.node(), code.mode());
        MethodSpec.Builder method = code.emitter().signature(name, code.mode())
                .addJavadoc("Applies $L subschemas of {@code $L} together.\n", schemas.size(),
                        Javadoc.escape(code.node().location().toString()));
        CodeBlock body = new FusedAllOf(inner, name).applyFlat(schemas, "n");
        method.addCode(falseSchemasOnUnknown(inner, schemas)).addCode(inner.unknownGuard())
                .addCode(ValidatorSpec.verdictBody(inner, body, true));
        doc.addMethod(method.build());
        return new ValidatorSpec.MethodRef(doc.name(), name);
    }

    /**
     * A false schema among the fused ones fails whatever the value, so an unknown value still fails it (as the
     * false schema's own method does, which has no unknown guard): a member that must be absent is reported when
     * present even if its value is unknown. The guard that follows returns before the other schemas.
     */
    private static CodeBlock falseSchemasOnUnknown(KeywordCode inner, List<SchemaNode> schemas) {
        List<SchemaNode> alwaysFailing = schemas.stream()
                .filter(s -> s.keywords().contains(new Keyword.FalseSchema())).toList();
        if (alwaysFailing.isEmpty()) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if ($T.unknown(n))", inner.truth());
        if (inner.mode() == Mode.TEST) {
            b.addStatement("return $T.FALSE", inner.truth());
        } else {
            alwaysFailing.forEach(s -> b.add(inner.invoke(s, Mode.CHECK, CodeBlock.of("n"), null)));
        }
        return b.endControlFlow().build();
    }

    /**
     * Follows {@code $ref}s and opens nested {@code allOf}s: an allOf-only node asserts nothing itself. Each node is
     * kept once (applying a schema twice adds nothing), which also ends an allOf that refers back to itself.
     */
    private List<SchemaNode> flatten(List<SchemaNode> schemas) {
        List<SchemaNode> flat = new ArrayList<>();
        flatten(schemas, flat, new HashSet<>());
        return flat;
    }

    private void flatten(List<SchemaNode> schemas, List<SchemaNode> into, Set<SchemaLocation> seen) {
        for (SchemaNode schema : schemas) {
            SchemaNode node = graph.dereference(schema);
            if (!seen.add(node.location())) {
                continue;
            }
            if (only(node, Keyword.AllOf.class)) {
                flatten(node.keyword(Keyword.AllOf.class).orElseThrow().schemas(), into, seen);
            } else if (structural(node) && node.keyword(Keyword.AllOf.class).isPresent()) {
                // {"items": …, "allOf": […]} (a rule that walks an array and also counts its items): the node's
                // own items/properties are planned with the rest, its allOf members opened like any other.
                into.add(node);
                flatten(node.keyword(Keyword.AllOf.class).orElseThrow().schemas(), into, seen);
            } else if (!node.keywords().isEmpty()) {
                into.add(node);
            }
        }
    }

    /**
     * A node that asserts nothing itself: only {@code properties}, {@code items} and {@code allOf}, none of which
     * reports a failure of its own, so its parts can be applied apart without changing a finding.
     */
    private static boolean structural(SchemaNode node) {
        return !node.keywords().isEmpty() && node.keywords().stream().allMatch(k -> k instanceof Keyword.Properties
                || k instanceof Keyword.Items || k instanceof Keyword.AllOf);
    }

    private static boolean only(SchemaNode node, Class<? extends Keyword> kind) {
        return node.keywords().size() == 1 && kind.isInstance(node.keywords().get(0));
    }
}
