package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.appflowcontracts.codegen.fusion.ConditionTags;
import org.appflowcontracts.codegen.model.SchemaGraph;
import org.appflowcontracts.codegen.model.SchemaNode;

/**
 * A tag member of the items ({@code taskType}) read once per item in a shared loop ({@link SharedArrayPass}),
 * where several rules test each item against a schema that tests that tag among other things ("a Map_all task",
 * "a Merge or Arithmetic task"). When the item is an object whose tag is a string outside the strings a test's
 * schema allows, that test is FALSE ({@link ConditionTags}) and is not called; in every other case (no object, no
 * tag, a tag of another type, an unknown tag) the test is called as before and decides alone.
 *
 * @param member the tag member, or null when no member is tested by two tests or more (every test is called)
 * @param local  the local holding the tag's string for the current item, or null when it is no known string
 */
record ItemTag(SchemaGraph graph, String member, String local) {

    /** The member that most of {@code tests} test as a tag, when two or more do. */
    static ItemTag of(KeywordCode code, List<SchemaNode> tests) {
        SchemaGraph graph = code.emitter().graph();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SchemaNode test : tests) {
            tagOf(graph, test, null).ifPresent(tag -> counts.merge(tag.path().get(0), 1, Integer::sum));
        }
        Optional<Map.Entry<String, Integer>> best = counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue());
        return best.map(e -> new ItemTag(graph, e.getKey(), code.local("tag"))).orElse(none(graph));
    }

    /** No tag: every test is called. */
    static ItemTag none(SchemaGraph graph) {
        return new ItemTag(graph, null, null);
    }

    /** The first one-member tag test of {@code schema} (of {@code member}, unless null). */
    private static Optional<ConditionTags.TagTest> tagOf(SchemaGraph graph, SchemaNode schema, String member) {
        return ConditionTags.of(graph, schema).stream()
                .filter(t -> t.path().size() == 1 && (member == null || t.path().get(0).equals(member))).findFirst();
    }

    /** The statements reading the tag of the item in the local {@code item}, at the start of its iteration. */
    CodeBlock read(String item) {
        if (member == null) {
            return CodeBlock.of("");
        }
        String value = local + "Value";
        return CodeBlock.builder()
                .addStatement("$T $N = null", String.class, local)
                .beginControlFlow("if ($N.isObject())", item)
                .addStatement("$T $N = $N.get($S)", ValidatorSpec.JSON_NODE, value, item, member)
                .beginControlFlow("if ($N != null && $N.isString())", value, value)
                .addStatement("$N = $N.stringValue()", local, value)
                .endControlFlow()
                .endControlFlow().build();
    }

    /** The {@code Truth} of {@code schema} on the item in the local {@code item}: FALSE at once for another tag. */
    CodeBlock test(KeywordCode code, SchemaNode schema, String item) {
        CodeBlock test = code.test(schema, CodeBlock.of("$N", item));
        Optional<ConditionTags.TagTest> tag = member == null ? Optional.empty() : tagOf(graph, schema, member);
        if (tag.isEmpty()) {
            return test;
        }
        CodeBlock cases = CodeBlock.join(tag.get().values().stream().distinct().map(v -> CodeBlock.of("$S", v)).toList(), ", ");
        return CodeBlock.of("($N == null ? $L : switch ($N) { case $L -> $L; default -> $T.FALSE; })",
                local, test, local, cases, test, code.truth());
    }
}
