package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.appflowcontracts.codegen.model.JsonType;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.Literal;
import org.appflowcontracts.codegen.model.RuleInfo;
import org.appflowcontracts.codegen.model.SchemaNode;

/**
 * The code of each keyword, one method per keyword. Inside a generated method the instance is {@code n}, its
 * pointer {@code p} and the collector {@code out} (CHECK mode). Every schema-provided value enters the code
 * through JavaPoet's {@code $S}/{@code $L}-for-numbers placeholders, never by string splicing.
 */
final class KeywordCode {

    private static final ClassName STRING_NODE = ClassName.get("tools.jackson.databind.node", "StringNode");

    private final ValidatorSpec emitter;
    private final DocumentClass doc;
    private final SchemaNode node;
    private final Mode mode;
    private final Map<String, String> sharedMembers = new LinkedHashMap<>();
    private int locals;

    KeywordCode(ValidatorSpec emitter, DocumentClass doc, SchemaNode node, Mode mode) {
        this.emitter = emitter;
        this.doc = doc;
        this.node = node;
        this.mode = mode;
    }

    /**
     * Statements opening the method: members that both {@code properties} and {@code required} look at are
     * looked up once into locals ({@code has} is {@code get != null} for an object; anything else has no members).
     */
    CodeBlock prelude() {
        Optional<Keyword.Required> required = node.keyword(Keyword.Required.class);
        Optional<Keyword.Properties> properties = node.keyword(Keyword.Properties.class);
        if (required.isEmpty() || properties.isEmpty()) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder b = CodeBlock.builder();
        for (Map.Entry<String, SchemaNode> member : properties.get().members()) {
            if (!member.getValue().keywords().isEmpty() && required.get().members().contains(member.getKey())
                    && !sharedMembers.containsKey(member.getKey())) {
                String m = local("m");
                sharedMembers.put(member.getKey(), m);
                b.addStatement("$T $N = n.isObject() ? n.get($S) : null", ValidatorSpec.JSON_NODE, m, member.getKey());
            }
        }
        return b.build();
    }

    CodeBlock of(Keyword keyword) {
        if (keyword instanceof Keyword.FalseSchema) {
            return fail("false", ptr("p"), CodeBlock.of("$S", "no value is allowed here"), null);
        }
        if (keyword instanceof Keyword.Type k) {
            return type(k);
        }
        if (keyword instanceof Keyword.Enum k) {
            return literals(k.name(), k.values());
        }
        if (keyword instanceof Keyword.Const k) {
            return literals(k.name(), List.of(k.value()));
        }
        if (keyword instanceof Keyword.Required k) {
            return required(k);
        }
        if (keyword instanceof Keyword.DependentRequired k) {
            return dependentRequired(k);
        }
        if (keyword instanceof Keyword.Properties k) {
            return properties(k);
        }
        if (keyword instanceof Keyword.AdditionalProperties k) {
            return additionalProperties(k);
        }
        if (keyword instanceof Keyword.PropertyNames k) {
            return propertyNames(k);
        }
        if (keyword instanceof Keyword.MinProperties k) {
            return guarded("n.isObject() && n.size() < $L", k.value(), k.name(), "must have at least " + k.value() + " members");
        }
        if (keyword instanceof Keyword.MaxProperties k) {
            return guarded("n.isObject() && n.size() > $L", k.value(), k.name(), "must have at most " + k.value() + " members");
        }
        if (keyword instanceof Keyword.Items k) {
            return items(k);
        }
        if (keyword instanceof Keyword.MinItems k) {
            return guarded("n.isArray() && n.size() < $L", k.value(), k.name(), "must have at least " + k.value() + " items");
        }
        if (keyword instanceof Keyword.MaxItems k) {
            return guarded("n.isArray() && n.size() > $L", k.value(), k.name(), "must have at most " + k.value() + " items");
        }
        if (keyword instanceof Keyword.UniqueItems k) {
            return CodeBlock.builder()
                    .beginControlFlow("if (n.isArray() && $T.hasDuplicates(n))", emitter.support())
                    .add(fail(k.name(), ptr("p"), CodeBlock.of("$S", "items must be unique"), null))
                    .endControlFlow().build();
        }
        if (keyword instanceof Keyword.Contains k) {
            return contains(k);
        }
        if (keyword instanceof Keyword.MinLength k) {
            return CodeBlock.builder()
                    .beginControlFlow("if (n.isString() && $T.length(n.stringValue()) < $L)", emitter.support(), k.value())
                    .add(fail(k.name(), ptr("p"), CodeBlock.of("$S", "must be at least " + k.value() + " characters long"), null, Integer.toString(k.value())))
                    .endControlFlow().build();
        }
        if (keyword instanceof Keyword.MaxLength k) {
            return CodeBlock.builder()
                    .beginControlFlow("if (n.isString() && $T.length(n.stringValue()) > $L)", emitter.support(), k.value())
                    .add(fail(k.name(), ptr("p"), CodeBlock.of("$S", "must be at most " + k.value() + " characters long"), null, Integer.toString(k.value())))
                    .endControlFlow().build();
        }
        if (keyword instanceof Keyword.Pattern k) {
            String constant = doc.constant("PATTERN", ClassName.get(Pattern.class), CodeBlock.of("$T.compile($S)", Pattern.class, k.regex()));
            return CodeBlock.builder()
                    .beginControlFlow("if (n.isString() && !$T.matches($N, n.stringValue()))", emitter.support(), constant)
                    .add(fail(k.name(), ptr("p"), CodeBlock.of("$S", "must match the pattern " + k.regex()), null, k.regex()))
                    .endControlFlow().build();
        }
        if (keyword instanceof Keyword.Bound k) {
            return bound(k);
        }
        if (keyword instanceof Keyword.Ref k) {
            SchemaNode target = emitter.graph().node(k.target());
            return invoke(target, mode, CodeBlock.of("n"), null);
        }
        if (keyword instanceof Keyword.AllOf k) {
            CodeBlock.Builder b = CodeBlock.builder();
            for (SchemaNode sub : k.schemas()) {
                b.add(invoke(sub, mode, CodeBlock.of("n"), null));
            }
            return b.build();
        }
        if (keyword instanceof Keyword.AnyOf k) {
            return anyOf(k);
        }
        if (keyword instanceof Keyword.OneOf k) {
            return oneOf(k);
        }
        if (keyword instanceof Keyword.Not k) {
            return CodeBlock.builder()
                    .beginControlFlow("if ($L)", test(k.schema(), CodeBlock.of("n")))
                    .add(fail(k.name(), ptr("p"), CodeBlock.of("$S", "must not match the excluded form"), null))
                    .endControlFlow().build();
        }
        if (keyword instanceof Keyword.IfThenElse k) {
            return ifThenElse(k);
        }
        if (keyword instanceof Keyword.Ordered k) {
            return AppflowCode.ordered(this, k);
        }
        if (keyword instanceof Keyword.SplitEquals k) {
            return AppflowCode.splitEquals(this, k);
        }
        if (keyword instanceof Keyword.Unique k) {
            return AppflowCode.unique(this, k);
        }
        if (keyword instanceof Keyword.Covered k) {
            return AppflowCode.covered(this, k);
        }
        throw new IllegalStateException("no code for keyword " + keyword.name());
    }

    // ---- keyword methods ----

    private CodeBlock type(Keyword.Type k) {
        List<CodeBlock> tests = new ArrayList<>();
        for (JsonType t : k.types().stream().sorted().toList()) {
            tests.add(switch (t) {
                case NULL -> CodeBlock.of("n.isNull()");
                case BOOLEAN -> CodeBlock.of("n.isBoolean()");
                case OBJECT -> CodeBlock.of("n.isObject()");
                case ARRAY -> CodeBlock.of("n.isArray()");
                case NUMBER -> CodeBlock.of("n.isNumber()");
                case INTEGER -> CodeBlock.of("$T.isInteger(n)", emitter.support());
                case STRING -> CodeBlock.of("n.isString()");
            });
        }
        String names = String.join(" or ", k.types().stream().sorted().map(JsonType::wireName).toList());
        return CodeBlock.builder()
                .beginControlFlow("if (!($L))", CodeBlock.join(tests, " || "))
                .add(fail(k.name(), ptr("p"), CodeBlock.of("$S", "must be of type " + names), null, names))
                .endControlFlow().build();
    }

    private CodeBlock literals(String keyword, List<Literal> values) {
        Set<String> strings = new LinkedHashSet<>();
        List<CodeBlock> others = new ArrayList<>();
        for (Literal v : values) {
            if (v instanceof Literal.StringLiteral s) {
                strings.add(s.value());
            } else if (v instanceof Literal.NumberLiteral num) {
                String constant = doc.constant("DECIMAL", ClassName.get(BigDecimal.class),
                        CodeBlock.of("new $T($S)", BigDecimal.class, num.value().toString()));
                others.add(CodeBlock.of("$T.sameNumber(n, $N)", emitter.support(), constant));
            } else if (v instanceof Literal.BooleanLiteral bool) {
                others.add(CodeBlock.of("(n.isBoolean() && n.booleanValue() == $L)", bool.value()));
            } else {
                others.add(CodeBlock.of("n.isNull()"));
            }
        }
        List<CodeBlock> tests = new ArrayList<>();
        if (strings.size() == 1) {
            tests.add(CodeBlock.of("(n.isString() && $S.equals(n.stringValue()))", strings.iterator().next()));
        } else if (!strings.isEmpty()) {
            String predicate = doc.stringPredicate("isValue", strings);
            tests.add(CodeBlock.of("(n.isString() && $N(n.stringValue()))", predicate));
        }
        tests.addAll(others);
        String shown = values.size() == 1 ? "must be " + show(values.get(0))
                : "must be one of " + String.join(", ", values.stream().limit(12).map(KeywordCode::show).toList())
                        + (values.size() > 12 ? ", … (" + values.size() + " values)" : "");
        return CodeBlock.builder()
                .beginControlFlow("if (!($L))", CodeBlock.join(tests, " || "))
                .add(fail(keyword, ptr("p"), CodeBlock.of("$S", shown), null, expectedList(values)))
                .endControlFlow().build();
    }

    /** The allowed values as the reference engine renders them for messages (at most 30). */
    private static String expectedList(List<Literal> values) {
        List<String> shown = values.stream().limit(30).map(v -> v instanceof Literal.StringLiteral s ? s.value() : show(v)).toList();
        return String.join(", ", shown) + (values.size() > 30 ? ", … (" + values.size() + " values in all)" : "");
    }

    private static String show(Literal literal) {
        if (literal instanceof Literal.StringLiteral s) {
            return "\"" + s.value() + "\"";
        }
        if (literal instanceof Literal.NumberLiteral n) {
            return n.value().toPlainString();
        }
        if (literal instanceof Literal.BooleanLiteral b) {
            return Boolean.toString(b.value());
        }
        return "null";
    }

    private CodeBlock required(Keyword.Required k) {
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if (n.isObject())");
        for (String member : k.members()) {
            String shared = sharedMembers.get(member);
            b.beginControlFlow("$L", shared != null ? CodeBlock.of("if ($N == null)", shared) : CodeBlock.of("if (!n.has($S))", member))
                    .add(fail(k.name(), ptr("p"), CodeBlock.of("$S", "missing required member '" + member + "'"), member))
                    .endControlFlow();
        }
        return b.endControlFlow().build();
    }

    private CodeBlock dependentRequired(Keyword.DependentRequired k) {
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if (n.isObject())");
        for (Map.Entry<String, List<String>> e : k.dependencies().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            b.beginControlFlow("if (n.has($S))", e.getKey());
            for (String member : e.getValue()) {
                b.beginControlFlow("if (!n.has($S))", member)
                        .add(fail(k.name(), ptr("p"), CodeBlock.of("$S",
                                "member '" + member + "' is required when '" + e.getKey() + "' is present"), member))
                        .endControlFlow();
            }
            b.endControlFlow();
        }
        return b.endControlFlow().build();
    }

    private CodeBlock properties(Keyword.Properties k) {
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if (n.isObject())");
        for (Map.Entry<String, SchemaNode> member : k.members()) {
            if (member.getValue().keywords().isEmpty()) {
                continue;
            }
            String v = sharedMembers.get(member.getKey());
            if (v == null) {
                v = local("v");
                b.addStatement("$T $N = n.get($S)", ValidatorSpec.JSON_NODE, v, member.getKey());
            }
            b.beginControlFlow("if ($N != null)", v);
            b.add(invoke(member.getValue(), mode, CodeBlock.of("$N", v), CodeBlock.of("$S", member.getKey())));
            b.endControlFlow();
        }
        return b.endControlFlow().build();
    }

    private CodeBlock additionalProperties(Keyword.AdditionalProperties k) {
        List<String> declared = node.keyword(Keyword.Properties.class)
                .map(p -> p.members().stream().map(Map.Entry::getKey).toList())
                .orElse(List.of());
        SchemaNode schema = k.schema();
        if (schema.keywords().isEmpty()) {
            return CodeBlock.of("");
        }
        String e = local("e");
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if (n.isObject())");
        b.beginControlFlow("for ($T<$T, $T> $N : n.properties())", Map.Entry.class, String.class, ValidatorSpec.JSON_NODE, e);
        CodeBlock memberPointer = CodeBlock.of("p.pointer($N.getKey())", e);
        if (!declared.isEmpty()) {
            String predicate = doc.stringPredicate("isDeclared", declared);
            b.beginControlFlow("if ($N($N.getKey()))", predicate, e).addStatement("continue").endControlFlow();
        }
        if (schema.keywords().equals(List.of(new Keyword.FalseSchema()))) {
            b.add(failWithMember(k.name(), memberPointer,
                    CodeBlock.of("$S + $N.getKey() + $S", "member '", e, "' is not allowed here"), CodeBlock.of("$N.getKey()", e)));
        } else {
            b.add(invoke(schema, mode, CodeBlock.of("$N.getValue()", e), CodeBlock.of("$N.getKey()", e)));
        }
        return b.endControlFlow().endControlFlow().build();
    }

    private CodeBlock propertyNames(Keyword.PropertyNames k) {
        String name = local("name");
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if (n.isObject())");
        b.beginControlFlow("for ($T $N : n.propertyNames())", String.class, name);
        // One failure per offending name.
        b.beginControlFlow("if (!$L)", test(k.schema(), CodeBlock.of("$T.valueOf($N)", STRING_NODE, name)));
        if (mode == Mode.TEST) {
            b.addStatement("return false");
        } else {
            // Reported at the object (the keyword's instance), naming the offending member.
            b.add(failWithMember(k.name(), ptr("p"),
                    CodeBlock.of("$S + $N + $S", "member name '", name, "' is not allowed"), CodeBlock.of("$N", name)));
        }
        b.endControlFlow();
        return b.endControlFlow().endControlFlow().build();
    }

    private CodeBlock items(Keyword.Items k) {
        if (k.schema().keywords().isEmpty()) {
            return CodeBlock.of("");
        }
        String i = local("i");
        return CodeBlock.builder()
                .beginControlFlow("if (n.isArray())")
                .beginControlFlow("for (int $N = 0; $N < n.size(); $N++)", i, i, i)
                .add(invoke(k.schema(), mode, CodeBlock.of("n.get($N)", i), CodeBlock.of("$N", i)))
                .endControlFlow()
                .endControlFlow().build();
    }

    private CodeBlock contains(Keyword.Contains k) {
        String count = local("matches");
        String item = local("item");
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if (n.isArray())");
        b.addStatement("int $N = 0", count);
        b.beginControlFlow("for ($T $N : n)", ValidatorSpec.JSON_NODE, item)
                .beginControlFlow("if ($L)", test(k.schema(), CodeBlock.of("$N", item)))
                .addStatement("$N++", count)
                .endControlFlow()
                .endControlFlow();
        // Bounds from minContains/maxContains fail as the keyword the author wrote: contains.
        int min = k.min().orElse(1);
        b.beginControlFlow("if ($N < $L)", count, min)
                .add(fail(k.name(), ptr("p"), CodeBlock.of("$S", "must contain at least " + min + " matching item(s)"), null, Integer.toString(min)))
                .endControlFlow();
        if (k.max().isPresent()) {
            b.beginControlFlow("if ($N > $L)", count, k.max().get())
                    .add(fail(k.name(), ptr("p"), CodeBlock.of("$S", "must contain at most " + k.max().get() + " matching item(s)"), null, k.max().get().toString()))
                    .endControlFlow();
        }
        return b.endControlFlow().build();
    }

    private CodeBlock bound(Keyword.Bound k) {
        CodeBlock comparison;
        BigDecimal v = k.value();
        boolean fitsLong = v.signum() == 0 || (v.stripTrailingZeros().scale() <= 0 && v.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0);
        if (fitsLong) {
            comparison = CodeBlock.of("$T.compare(n, $LL)", emitter.support(), v.longValueExact());
        } else {
            String constant = doc.constant("BOUND", ClassName.get(BigDecimal.class),
                    CodeBlock.of("new $T($S)", BigDecimal.class, v.toString()));
            comparison = CodeBlock.of("$T.compare(n, $N)", emitter.support(), constant);
        }
        String op = k.upper() ? (k.exclusive() ? ">=" : ">") : (k.exclusive() ? "<=" : "<");
        String words = (k.upper() ? (k.exclusive() ? "must be less than " : "must be at most ")
                : (k.exclusive() ? "must be greater than " : "must be at least ")) + v.toPlainString();
        return CodeBlock.builder()
                .beginControlFlow("if (n.isNumber() && $L $L 0)", comparison, op)
                .add(fail(k.name(), ptr("p"), CodeBlock.of("$S", words), null, v.toPlainString()))
                .endControlFlow().build();
    }

    private CodeBlock anyOf(Keyword.AnyOf k) {
        List<CodeBlock> tests = k.schemas().stream().map(s -> test(s, CodeBlock.of("n"))).toList();
        return CodeBlock.builder()
                .beginControlFlow("if (!($L))", CodeBlock.join(tests, " || "))
                .add(fail(k.name(), ptr("p"), CodeBlock.of("$S", "must match at least one of the allowed forms"), null))
                .endControlFlow().build();
    }

    private CodeBlock oneOf(Keyword.OneOf k) {
        String count = local("matches");
        CodeBlock.Builder b = CodeBlock.builder().addStatement("int $N = 0", count);
        for (SchemaNode s : k.schemas()) {
            b.beginControlFlow("if ($L)", test(s, CodeBlock.of("n"))).addStatement("$N++", count).endControlFlow();
        }
        return b.beginControlFlow("if ($N != 1)", count)
                .add(fail(k.name(), ptr("p"), CodeBlock.of("$S", "must match exactly one of the allowed forms"), null))
                .endControlFlow().build();
    }

    private CodeBlock ifThenElse(Keyword.IfThenElse k) {
        if (k.then().isEmpty() && k.otherwise().isEmpty()) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("if ($L)", test(k.condition(), CodeBlock.of("n")));
        k.then().ifPresent(t -> b.add(invoke(t, mode, CodeBlock.of("n"), null)));
        if (k.otherwise().isPresent()) {
            b.nextControlFlow("else");
            b.add(invoke(k.otherwise().get(), mode, CodeBlock.of("n"), null));
        }
        return b.endControlFlow().build();
    }

    // ---- shared helpers (also used by AppflowCode) ----

    ValidatorSpec emitter() {
        return emitter;
    }

    Mode mode() {
        return mode;
    }

    String local(String stem) {
        return stem + (++locals);
    }

    /** The JSON Pointer string of an instance path variable (built only when a failure is reported). */
    static CodeBlock ptr(String variable) {
        return CodeBlock.of("$N.pointer()", variable);
    }

    /** The JSON Pointer string of a member of the current object (built only when a failure is reported). */
    static CodeBlock memberPtr(String member) {
        return CodeBlock.of("p.pointer($S)", member);
    }

    /** A boolean expression: does {@code value} satisfy {@code schema}? */
    CodeBlock test(SchemaNode schema, CodeBlock value) {
        // A $ref-only node cannot fail by itself: call its target directly.
        ValidatorSpec.MethodRef ref = emitter.method(emitter.graph().dereference(schema), Mode.TEST);
        return ref.call(value);
    }

    /**
     * Statements applying {@code schema} to a value in the given mode. {@code step} is the member name or array
     * index expression leading from the current value to {@code value}, or null when {@code value} is the
     * current value; the path enters the step only around the call.
     */
    CodeBlock invoke(SchemaNode schema, Mode childMode, CodeBlock value, CodeBlock step) {
        if (childMode == Mode.TEST) {
            return CodeBlock.builder()
                    .beginControlFlow("if (!$L)", test(schema, value))
                    .addStatement("return false")
                    .endControlFlow().build();
        }
        ValidatorSpec.MethodRef ref = emitter.method(emitter.graph().dereference(schema), Mode.CHECK);
        CodeBlock call = ref.call(CodeBlock.of("$L, p, out", value));
        if (step == null) {
            return CodeBlock.builder().addStatement("$L", call).build();
        }
        return CodeBlock.builder()
                .addStatement("p.enter($L)", step)
                .addStatement("$L", call)
                .addStatement("p.leave()")
                .build();
    }

    private CodeBlock guarded(String condition, int value, String keyword, String message) {
        return CodeBlock.builder()
                .beginControlFlow("if (" + condition + ")", value)
                .add(fail(keyword, ptr("p"), CodeBlock.of("$S", message), null, Integer.toString(value)))
                .endControlFlow().build();
    }

    CodeBlock fail(String keyword, CodeBlock pointer, CodeBlock typeLevelMessage, String missingMember) {
        return fail(keyword, pointer, typeLevelMessage, missingMember, null);
    }

    /**
     * The failure statement: in TEST mode {@code return false}; in CHECK mode a report to the collector with the
     * raw failure (keyword, instance pointer, member, schema location, rendered bound) and, when a rule encloses
     * this node, the owning rule.
     */
    CodeBlock fail(String keyword, CodeBlock pointer, CodeBlock typeLevelMessage, String missingMember, String expected) {
        CodeBlock member = missingMember == null ? CodeBlock.of("null") : CodeBlock.of("$S", missingMember);
        return report(keyword, pointer, typeLevelMessage, member, expected);
    }

    /** A failure about a member known only at run time (its name is in a local variable). */
    CodeBlock failWithMember(String keyword, CodeBlock pointer, CodeBlock typeLevelMessage, CodeBlock member) {
        return report(keyword, pointer, typeLevelMessage, member, null);
    }

    private CodeBlock report(String keyword, CodeBlock pointer, CodeBlock typeLevelMessage, CodeBlock member, String expected) {
        if (mode == Mode.TEST) {
            return CodeBlock.builder().addStatement("return false").build();
        }
        String schemaPointer = keyword.equals("false") ? node.location().pointer() : node.location().child(keyword).pointer();
        CodeBlock bound = expected == null ? CodeBlock.of("null") : CodeBlock.of("$S", expected);
        Optional<RuleInfo> owner = node.owner();
        if (owner.isPresent()) {
            RuleInfo rule = owner.get();
            return CodeBlock.builder().addStatement("out.rule($S, $S, $S, $S, $L, $L, $N, $N, $S, $L)",
                    rule.reportedId(), rule.severity().wireName(), rule.message(), keyword, pointer, member,
                    DocumentClass.ID, DocumentClass.FILE, schemaPointer, bound).build();
        }
        return CodeBlock.builder().addStatement("out.schema($S, $L, $L, $N, $N, $S, $L, $L)",
                keyword, pointer, member, DocumentClass.ID, DocumentClass.FILE, schemaPointer, bound,
                typeLevelMessage).build();
    }
}
