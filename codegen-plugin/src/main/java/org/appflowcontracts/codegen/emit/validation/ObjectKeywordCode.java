package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.SchemaNode;

/**
 * Code for the object keywords (required, dependentRequired, properties, additionalProperties, propertyNames,
 * member counts); each is a no-op on non-objects. required and properties share member lookups through
 * {@link KeywordCode#sharedMember}, so a member both keywords read is fetched from the object once.
 */
final class ObjectKeywordCode {

    private static final ClassName STRING_NODE = ClassName.get("tools.jackson.databind.node", "StringNode");

    private ObjectKeywordCode() {}

    /**
     * Statements opening the method: members that both {@code properties} and {@code required} look at are
     * looked up once into locals ({@code has} is {@code get != null} for an object; anything else has no members).
     */
    static CodeBlock prelude(KeywordCode code) {
        if (dispatchesMembers(code.node())) {
            return memberDispatch(code);
        }
        if (code.mode() == Mode.TEST) {
            // A test stops at its first failing member (see requiredWithProperties): nothing is looked up ahead.
            return CodeBlock.of("");
        }
        Optional<Keyword.Required> required = code.node().keyword(Keyword.Required.class);
        Optional<Keyword.Properties> properties = code.node().keyword(Keyword.Properties.class);
        if (required.isEmpty() || properties.isEmpty()) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder b = CodeBlock.builder();
        for (Map.Entry<String, SchemaNode> member : properties.get().members()) {
            if (!member.getValue().keywords().isEmpty() && required.get().members().contains(member.getKey())
                    && code.sharedMember(member.getKey()) == null) {
                String m = code.local("m");
                code.shareMember(member.getKey(), m);
                b.addStatement("$T $N = n.isObject() ? n.get($S) : null", ValidatorSpec.JSON_NODE, m, member.getKey());
            }
        }
        return b.build();
    }

    static CodeBlock required(KeywordCode code, Keyword.Required k) {
        CodeBlock.Builder b = CodeBlock.builder();
        b.add(requiredWithProperties(code));
        for (String member : k.members()) {
            if (code.checked(member)) {
                continue;
            }
            String shared = code.sharedMember(member);
            b.beginControlFlow("$L", shared != null ? CodeBlock.of("if ($N == null)", shared) : CodeBlock.of("if (!n.has($S))", member))
                    .add(code.fail(k.name(), KeywordCode.ptr("p"), CodeBlock.of("$S", "missing required member '" + member + "'"), member))
                    .endControlFlow();
        }
        return onObjects(b.build());
    }

    /** {@code body} guarded by {@code if (n.isObject())}; nothing when there is no body. */
    private static CodeBlock onObjects(CodeBlock body) {
        if (body.isEmpty()) {
            return body;
        }
        return CodeBlock.builder().beginControlFlow("if (n.isObject())").add(body).endControlFlow().build();
    }

    /**
     * In a TEST method, the members both {@code required} and {@code properties} constrain are checked one member
     * at a time — look it up, fail if absent, fail if its subschema fails — by whichever of the two keywords comes
     * first; the other skips them. The verdict is the same conjunction, but a test stops at the first failing
     * member without looking up the others (an object whose discriminating member has another value fails on
     * that member alone). Emitted inside the keyword's {@code if (n.isObject())}.
     */
    private static CodeBlock requiredWithProperties(KeywordCode code) {
        Optional<Keyword.Required> required = code.node().keyword(Keyword.Required.class);
        Optional<Keyword.Properties> properties = code.node().keyword(Keyword.Properties.class);
        if (code.mode() != Mode.TEST || required.isEmpty() || properties.isEmpty() || dispatchesMembers(code.node())) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder b = CodeBlock.builder();
        for (String member : required.get().members()) {
            SchemaNode schema = properties.get().members().stream().filter(e -> e.getKey().equals(member))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (schema == null || schema.keywords().isEmpty() || !code.markChecked(member)) {
                continue;
            }
            String m = code.local("m");
            b.addStatement("$T $N = n.get($S)", ValidatorSpec.JSON_NODE, m, member);
            b.beginControlFlow("if ($N == null)", m)
                    .add(code.fail(required.get().name(), KeywordCode.ptr("p"),
                            CodeBlock.of("$S", "missing required member '" + member + "'"), member))
                    .endControlFlow();
            b.add(code.invoke(schema, Mode.TEST, CodeBlock.of("$N", m), code.memberStep(member)));
        }
        return b.build();
    }

    static CodeBlock dependentRequired(KeywordCode code, Keyword.DependentRequired k) {
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if (n.isObject())");
        // Sorted so the generated code does not depend on the schema's member order.
        for (Map.Entry<String, List<String>> e : k.dependencies().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            b.beginControlFlow("if (n.has($S))", e.getKey());
            for (String member : e.getValue()) {
                b.beginControlFlow("if (!n.has($S))", member)
                        .add(code.fail(k.name(), KeywordCode.ptr("p"), CodeBlock.of("$S",
                                "member '" + member + "' is required when '" + e.getKey() + "' is present"), member))
                        .endControlFlow();
            }
            b.endControlFlow();
        }
        return b.endControlFlow().build();
    }

    static CodeBlock properties(KeywordCode code, Keyword.Properties k) {
        if (dispatchesMembers(code.node())) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder b = CodeBlock.builder();
        b.add(requiredWithProperties(code));
        List<MemberLookups.Named> lookedUp = new ArrayList<>();
        for (Map.Entry<String, SchemaNode> member : k.members()) {
            if (member.getValue().keywords().isEmpty() || code.checked(member.getKey())) {
                continue;
            }
            CodeBlock step = code.memberStep(member.getKey());
            String v = code.sharedMember(member.getKey());
            if (v == null) {
                lookedUp.add(new MemberLookups.Named(member.getKey(),
                        value -> code.invoke(member.getValue(), code.mode(), CodeBlock.of("$N", value), step)));
                continue;
            }
            b.beginControlFlow("if ($N != null)", v);
            b.add(code.invoke(member.getValue(), code.mode(), CodeBlock.of("$N", v), step));
            b.endControlFlow();
        }
        b.add(MemberLookups.apply(code, "n", lookedUp));
        return onObjects(b.build());
    }

    /** Members not declared in the sibling {@code properties} are checked against the schema (or refused when false). */
    static CodeBlock additionalProperties(KeywordCode code, Keyword.AdditionalProperties k) {
        List<String> declared = code.node().keyword(Keyword.Properties.class)
                .map(p -> p.members().stream().map(Map.Entry::getKey).toList())
                .orElse(List.of());
        SchemaNode schema = k.schema();
        if (schema.keywords().isEmpty() || dispatchesMembers(code.node())) {
            return CodeBlock.of("");
        }
        String e = code.local("e");
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if (n.isObject())");
        b.beginControlFlow("for ($T<$T, $T> $N : n.properties())", Map.Entry.class, String.class, ValidatorSpec.JSON_NODE, e);
        if (!declared.isEmpty()) {
            String predicate = code.doc().stringPredicate("isDeclared", declared);
            b.beginControlFlow("if ($N($N.getKey()))", predicate, e).addStatement("continue").endControlFlow();
        }
        b.add(additionalMember(code, k, e));
        return b.endControlFlow().endControlFlow().build();
    }

    /** The check of one member that {@code properties} does not declare; its entry is in the local {@code e}. */
    private static CodeBlock additionalMember(KeywordCode code, Keyword.AdditionalProperties k, String e) {
        if (k.schema().keywords().equals(List.of(new Keyword.FalseSchema()))) {
            return code.failWithMember(k.name(), CodeBlock.of("p.pointer($N.getKey())", e),
                    CodeBlock.of("$S + $N.getKey() + $S", "member '", e, "' is not allowed here"), CodeBlock.of("$N.getKey()", e));
        }
        return code.invoke(k.schema(), code.mode(), CodeBlock.of("$N.getValue()", e), PathNames.runTimeStep(CodeBlock.of("$N.getKey()", e)));
    }

    /**
     * Whether the node checks its members in one pass over the object: when {@code additionalProperties} has to
     * visit every member anyway, a switch on the member name also dispatches the declared ones, so an object is
     * never probed for the (often dozens of) declared members it does not have.
     */
    static boolean dispatchesMembers(SchemaNode node) {
        return node.keyword(Keyword.Properties.class).isPresent()
                && node.keyword(Keyword.AdditionalProperties.class).map(a -> !a.schema().keywords().isEmpty()).orElse(false);
    }

    /**
     * The one pass of {@link #dispatchesMembers}: declared members are checked in their {@code case}, others by
     * {@code additionalProperties} in the default branch. Required members are kept in locals for {@code required}.
     */
    private static CodeBlock memberDispatch(KeywordCode code) {
        SchemaNode node = code.node();
        Keyword.Properties properties = node.keyword(Keyword.Properties.class).orElseThrow();
        Keyword.AdditionalProperties additional = node.keyword(Keyword.AdditionalProperties.class).orElseThrow();
        List<String> required = node.keyword(Keyword.Required.class).map(Keyword.Required::members).orElse(List.of());
        CodeBlock.Builder b = CodeBlock.builder();
        for (Map.Entry<String, SchemaNode> member : properties.members()) {
            if (required.contains(member.getKey())) {
                String m = code.local("m");
                code.shareMember(member.getKey(), m);
                b.addStatement("$T $N = null", ValidatorSpec.JSON_NODE, m);
            }
        }
        String e = code.local("e");
        b.beginControlFlow("if (n.isObject())");
        b.beginControlFlow("for ($T<$T, $T> $N : n.properties())", Map.Entry.class, String.class, ValidatorSpec.JSON_NODE, e);
        b.beginControlFlow("switch ($N.getKey())", e);
        for (Map.Entry<String, SchemaNode> member : properties.members()) {
            b.beginControlFlow("case $S ->", member.getKey());
            String shared = code.sharedMember(member.getKey());
            CodeBlock value = CodeBlock.of("$N.getValue()", e);
            if (shared != null) {
                b.addStatement("$N = $L", shared, value);
                value = CodeBlock.of("$N", shared);
            }
            if (!member.getValue().keywords().isEmpty()) {
                b.add(code.invoke(member.getValue(), code.mode(), value, code.memberStep(member.getKey())));
            }
            b.endControlFlow();
        }
        b.beginControlFlow("default ->").add(additionalMember(code, additional, e)).endControlFlow();
        return b.endControlFlow().endControlFlow().endControlFlow().build();
    }

    static CodeBlock propertyNames(KeywordCode code, Keyword.PropertyNames k) {
        String name = code.local("name");
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if (n.isObject())");
        b.beginControlFlow("for ($T $N : n.propertyNames())", String.class, name);
        // One failure per offending name.
        // A member name is always known, so its test is TRUE or FALSE.
        b.beginControlFlow("if ($L == $T.FALSE)", code.test(k.schema(), CodeBlock.of("$T.valueOf($N)", STRING_NODE, name)), code.truth());
        if (code.mode() == Mode.TEST) {
            b.addStatement("return $T.FALSE", code.truth());
        } else {
            // Reported at the offending member, as additionalProperties is: the user's eye goes to the key's line.
            b.add(code.failWithMember(k.name(), CodeBlock.of("p.pointer($N)", name),
                    CodeBlock.of("$S + $N + $S", "member name '", name, "' is not allowed"), CodeBlock.of("$N", name)));
        }
        b.endControlFlow();
        return b.endControlFlow().endControlFlow().build();
    }

    static CodeBlock minProperties(KeywordCode code, Keyword.MinProperties k) {
        return code.counted("n.isObject() && n.size() < $L", k.value(), k.name(), "must have at least " + k.value() + " members");
    }

    static CodeBlock maxProperties(KeywordCode code, Keyword.MaxProperties k) {
        return code.counted("n.isObject() && n.size() > $L", k.value(), k.name(), "must have at most " + k.value() + " members");
    }
}
