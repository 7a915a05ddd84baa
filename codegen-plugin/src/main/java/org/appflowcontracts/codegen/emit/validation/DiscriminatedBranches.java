package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.appflowcontracts.codegen.fusion.ConditionTags;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.SchemaGraph;
import org.appflowcontracts.codegen.model.SchemaNode;

/**
 * A tagged union written as conditions: {@code allOf} members of the form
 * {@code {"if": {"required": [d], "properties": {d: {"const" | "enum": strings}}}, "then": S}}, where the tag may
 * also sit deeper ({@code {"required": [a], "properties": {a: {"required": [d], "properties": {d: …}}}}}) and a
 * level may leave out {@code required}. Two or more such members on the same path are compiled together: one
 * walk down the path and a {@code switch} on the tag instead of one walk and comparison per member (grouping is
 * {@link FusedAllOf}'s job). The meaning is unchanged: neither {@code required} nor {@code properties} constrains
 * a non-object, so a non-object anywhere on the path, or a missing member where {@code required} is left out,
 * makes every condition hold (every {@code S} applies); a missing required member or a tag of another value
 * makes it fail; otherwise the {@code S} whose strings hold the tag apply. An unknown value on the path or as
 * the tag leaves the conditions undecided: no {@code S} applies (and a test's verdict is at best UNKNOWN).
 */
final class DiscriminatedBranches {

    /** One member of the allOf: the values of the tag that select it and the subschema they select. */
    record Branch(List<String> values, SchemaNode then) {}

    /** One level of the path to the tag: a member, and whether the condition requires it. */
    record Step(String member, boolean required) {}

    private DiscriminatedBranches() {}

    /** The path to the tag and the branch of {@code node}, when it has exactly the tagged-union form. */
    static Optional<Map.Entry<List<Step>, Branch>> branch(SchemaGraph graph, SchemaNode node) {
        if (node.keywords().size() != 1 || !(node.keywords().get(0) instanceof Keyword.IfThenElse k)
                || k.then().isEmpty() || k.otherwise().isPresent()) {
            return Optional.empty();
        }
        List<Step> path = new ArrayList<>();
        SchemaNode level = graph.dereference(k.condition());
        // A path is short; the bound only guards against a schema that nests without end.
        while (path.size() < 8) {
            Optional<Step> step = step(level);
            if (step.isEmpty()) {
                return Optional.empty();
            }
            path.add(step.get());
            SchemaNode next = graph.dereference(level.keyword(Keyword.Properties.class).orElseThrow().members().get(0).getValue());
            Optional<List<String>> values = strings(next);
            if (values.isPresent()) {
                return Optional.of(Map.entry(List.copyOf(path), new Branch(values.get(), k.then().get())));
            }
            level = next;
        }
        return Optional.empty();
    }

    /** {@code {"properties": {m: …}}} with an optional {@code "required": [m]} and nothing else. */
    private static Optional<Step> step(SchemaNode level) {
        Optional<Keyword.Properties> properties = level.keyword(Keyword.Properties.class);
        Optional<Keyword.Required> required = level.keyword(Keyword.Required.class);
        int expected = required.isPresent() ? 2 : 1;
        if (properties.isEmpty() || level.keywords().size() != expected || properties.get().members().size() != 1) {
            return Optional.empty();
        }
        String member = properties.get().members().get(0).getKey();
        if (required.isPresent() && !required.get().members().equals(List.of(member))) {
            return Optional.empty();
        }
        return Optional.of(new Step(member, required.isPresent()));
    }

    /** The strings of a node whose only keyword is a {@code const} or {@code enum} of strings. */
    private static Optional<List<String>> strings(SchemaNode node) {
        return node.keywords().size() == 1 ? ConditionTags.strings(node.keywords().get(0)) : Optional.empty();
    }

    /**
     * The allOf members switched on one path: tagged-union branches (a case applies the branch's {@code then}) and
     * guarded conditions ({@link GuardedConditions}; a case applies the whole member), with the members themselves
     * in schema order, which are applied one by one when the group is too small for a switch.
     */
    record Group(List<Branch> tagged, List<Branch> guarded, List<SchemaNode> nodes) {
        Group() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        void addTagged(Branch branch, SchemaNode node) {
            tagged.add(branch);
            nodes.add(node);
        }

        void addGuarded(Branch branch, SchemaNode node) {
            guarded.add(branch);
            nodes.add(node);
        }

        int size() {
            return nodes.size();
        }
    }

    /**
     * What runs when the switch cannot decide: {@code all} applies every tagged branch (their conditions hold),
     * {@code guarded} applies every guarded member whole (it decides its own condition).
     */
    private record Fallback(CodeBlock all, CodeBlock guarded) {
        CodeBlock both() {
            return CodeBlock.builder().add(all).add(guarded).build();
        }
    }

    /** The walk down {@code path} and the switch applying the group to the value in the local {@code value}. */
    static CodeBlock code(KeywordCode code, List<Step> path, Group group, String value) {
        // Which members each tag selects, in schema order; tags selecting the same members share a case.
        Map<String, List<SchemaNode>> selected = new LinkedHashMap<>();
        for (List<Branch> branches : List.of(group.tagged(), group.guarded())) {
            for (Branch branch : branches) {
                for (String tag : branch.values()) {
                    List<SchemaNode> thens = selected.computeIfAbsent(tag, t -> new ArrayList<>());
                    if (!thens.contains(branch.then())) {
                        thens.add(branch.then());
                    }
                }
            }
        }
        Map<List<SchemaNode>, List<String>> cases = new LinkedHashMap<>();
        selected.forEach((tag, thens) -> cases.computeIfAbsent(thens, t -> new ArrayList<>()).add(tag));
        return level(code, path, 0, value, value, cases,
                new Fallback(applyAll(code, group.tagged(), value), applyAll(code, group.guarded(), value)));
    }

    private static CodeBlock applyAll(KeywordCode code, List<Branch> branches, String value) {
        CodeBlock.Builder all = CodeBlock.builder();
        for (Branch branch : branches) {
            all.add(code.invoke(branch.then(), code.mode(), CodeBlock.of("$N", value), null));
        }
        return all.build();
    }

    /** What runs for an unknown value on the path or as the tag: the tagged branches are undecided. */
    private static CodeBlock unknown(KeywordCode code, Fallback fallback) {
        CodeBlock.Builder b = CodeBlock.builder();
        if (!fallback.all().isEmpty()) {
            b.add(code.mode() == Mode.TEST ? code.undecided() : code.supposing(fallback.all()));
        }
        return b.add(fallback.guarded()).build();
    }

    /** The switch on the tag in the local {@code tag} and what runs when it cannot decide. */
    private static CodeBlock tagSwitch(KeywordCode code, Step step, String tag, String value,
            Map<List<SchemaNode>, List<String>> cases, Fallback fallback) {
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if ($N != null && $N.isString())", tag, tag)
                .beginControlFlow("switch ($N.stringValue())", tag);
        cases.forEach((thens, tags) -> {
            b.beginControlFlow("case $L ->", CodeBlock.join(tags.stream().map(t -> CodeBlock.of("$S", t)).toList(), ", "));
            thens.forEach(then -> b.add(code.invoke(then, code.mode(), CodeBlock.of("$N", value), null)));
            b.endControlFlow();
        });
        b.beginControlFlow("default ->").endControlFlow()
                .endControlFlow();
        if (!step.required()) {
            // A member the condition does not require, when absent, leaves every condition true.
            b.nextControlFlow("else if ($N == null)", tag).add(fallback.both());
        }
        b.nextControlFlow("else if ($N != null && $T.unknown($N))", tag, code.truth(), tag)
                .add(unknown(code, fallback));
        if (!fallback.guarded().isEmpty()) {
            // A missing required member or a non-string tag: only the guarded members can tell what applies.
            b.nextControlFlow("else").add(fallback.guarded());
        }
        return b.endControlFlow().build();
    }

    /** Level {@code depth} of the walk: {@code current} holds the object that should carry the next member. */
    private static CodeBlock level(KeywordCode code, List<Step> path, int depth, String current, String value,
            Map<List<SchemaNode>, List<String>> cases, Fallback fallback) {
        Step step = path.get(depth);
        boolean last = depth == path.size() - 1;
        String next = code.local("d");
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if ($N.isObject())", current)
                .addStatement("$T $N = $N.get($S)", ValidatorSpec.JSON_NODE, next, current, step.member());
        if (last) {
            b.add(tagSwitch(code, step, next, value, cases, fallback));
        } else {
            b.beginControlFlow("if ($N != null)", next)
                    .add(level(code, path, depth + 1, next, value, cases, fallback));
            if (!step.required()) {
                b.nextControlFlow("else").add(fallback.both());
            } else if (!fallback.guarded().isEmpty()) {
                b.nextControlFlow("else").add(fallback.guarded());
            }
            b.endControlFlow();
        }
        if (depth > 0) {
            // An unknown value on the path leaves every condition undecided: no branch applies.
            b.nextControlFlow("else if ($T.unknown($N))", code.truth(), current)
                    .add(unknown(code, fallback));
        }
        return b.nextControlFlow("else").add(fallback.both())
                .endControlFlow().build();
    }
}
