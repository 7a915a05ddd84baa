package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.Literal;
import org.appflowcontracts.codegen.model.SchemaGraph;
import org.appflowcontracts.codegen.model.SchemaNode;

/**
 * A tagged union written as conditions: {@code allOf} members of the form
 * {@code {"if": {"required": [d], "properties": {d: {"const" | "enum": strings}}}, "then": S}}. Two or more such
 * members on the same member {@code d} are compiled together: one lookup of {@code d} and a {@code switch} on its
 * value instead of one lookup and comparison per member (grouping is {@link FusedAllOf}'s job). The meaning is unchanged: on an object, {@code S}
 * applies when {@code d} is present and is one of the strings; on anything else every condition holds (neither
 * {@code required} nor {@code properties} constrains a non-object), so every {@code S} applies.
 */
final class DiscriminatedBranches {

    /** One member of the allOf: the values of {@code d} that select it and the subschema they select. */
    record Branch(List<String> values, SchemaNode then) {}

    private DiscriminatedBranches() {}

    /** The discriminating member and branch of {@code node}, when it has exactly the tagged-union form. */
    static Optional<Map.Entry<String, Branch>> branch(SchemaGraph graph, SchemaNode node) {
        if (node.keywords().size() != 1 || !(node.keywords().get(0) instanceof Keyword.IfThenElse k)
                || k.then().isEmpty() || k.otherwise().isPresent()) {
            return Optional.empty();
        }
        SchemaNode condition = graph.dereference(k.condition());
        Optional<Keyword.Required> required = condition.keyword(Keyword.Required.class);
        Optional<Keyword.Properties> properties = condition.keyword(Keyword.Properties.class);
        if (condition.keywords().size() != 2 || required.isEmpty() || properties.isEmpty()
                || required.get().members().size() != 1 || properties.get().members().size() != 1) {
            return Optional.empty();
        }
        String member = required.get().members().get(0);
        Map.Entry<String, SchemaNode> property = properties.get().members().get(0);
        if (!property.getKey().equals(member)) {
            return Optional.empty();
        }
        return strings(graph.dereference(property.getValue()))
                .map(values -> Map.entry(member, new Branch(values, k.then().get())));
    }

    /** The strings of a node whose only keyword is a {@code const} or {@code enum} of strings. */
    private static Optional<List<String>> strings(SchemaNode node) {
        if (node.keywords().size() != 1) {
            return Optional.empty();
        }
        List<Literal> literals;
        if (node.keywords().get(0) instanceof Keyword.Const c) {
            literals = List.of(c.value());
        } else if (node.keywords().get(0) instanceof Keyword.Enum e) {
            literals = e.values();
        } else {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (Literal literal : literals) {
            if (!(literal instanceof Literal.StringLiteral s)) {
                return Optional.empty();
            }
            values.add(s.value());
        }
        return Optional.of(values);
    }

    /** The switch applying the branches of one discriminating member to the value in the local {@code value}. */
    static CodeBlock code(KeywordCode code, String member, List<Branch> branches, String value) {
        // Which branches each value selects, in schema order; values selecting the same branches share a case.
        Map<String, List<SchemaNode>> selected = new LinkedHashMap<>();
        for (Branch branch : branches) {
            for (String tag : branch.values()) {
                List<SchemaNode> thens = selected.computeIfAbsent(tag, t -> new ArrayList<>());
                if (!thens.contains(branch.then())) {
                    thens.add(branch.then());
                }
            }
        }
        Map<List<SchemaNode>, List<String>> cases = new LinkedHashMap<>();
        selected.forEach((tag, thens) -> cases.computeIfAbsent(thens, t -> new ArrayList<>()).add(tag));

        String d = code.local("d");
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if ($N.isObject())", value)
                .addStatement("$T $N = $N.get($S)", ValidatorSpec.JSON_NODE, d, value, member)
                .beginControlFlow("if ($N != null && $N.isString())", d, d)
                .beginControlFlow("switch ($N.stringValue())", d);
        cases.forEach((thens, tags) -> {
            b.beginControlFlow("case $L ->", CodeBlock.join(tags.stream().map(t -> CodeBlock.of("$S", t)).toList(), ", "));
            thens.forEach(then -> b.add(code.invoke(then, code.mode(), CodeBlock.of("$N", value), null)));
            b.endControlFlow();
        });
        b.beginControlFlow("default ->").endControlFlow();
        b.endControlFlow().endControlFlow().nextControlFlow("else");
        for (Branch branch : branches) {
            b.add(code.invoke(branch.then(), code.mode(), CodeBlock.of("$N", value), null));
        }
        return b.endControlFlow().build();
    }
}
