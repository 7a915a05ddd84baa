package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.appflowcontracts.codegen.model.JsonType;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.Literal;
import org.appflowcontracts.codegen.regex.EcmaPatterns;

/**
 * Code for the keywords that look at one value by itself (type, enum/const, numeric bounds, string length and
 * pattern). They never descend into children, so they only need the failure helpers and the document's constants.
 */
final class ValueKeywordCode {

    private ValueKeywordCode() {}

    static CodeBlock type(KeywordCode code, Keyword.Type k) {
        List<CodeBlock> tests = new ArrayList<>();
        for (JsonType t : k.types().stream().sorted().toList()) {
            tests.add(switch (t) {
                case NULL -> CodeBlock.of("n.isNull()");
                case BOOLEAN -> CodeBlock.of("n.isBoolean()");
                case OBJECT -> CodeBlock.of("n.isObject()");
                case ARRAY -> CodeBlock.of("n.isArray()");
                case NUMBER -> CodeBlock.of("n.isNumber()");
                case INTEGER -> CodeBlock.of("$T.isInteger(n)", code.emitter().support());
                case STRING -> CodeBlock.of("n.isString()");
            });
        }
        String names = String.join(" or ", k.types().stream().sorted().map(JsonType::wireName).toList());
        return CodeBlock.builder()
                .beginControlFlow("if (!($L))", CodeBlock.join(tests, " || "))
                .add(code.fail(k.name(), KeywordCode.ptr("p"), CodeBlock.of("$S", "must be of type " + names), null, names))
                .endControlFlow().build();
    }

    /** enum and const: one test per allowed value, with all strings folded into one lookup. */
    static CodeBlock literals(KeywordCode code, String keyword, List<Literal> values) {
        Set<String> strings = new LinkedHashSet<>();
        List<CodeBlock> others = new ArrayList<>();
        for (Literal v : values) {
            if (v instanceof Literal.StringLiteral s) {
                strings.add(s.value());
            } else if (v instanceof Literal.NumberLiteral num) {
                String constant = code.doc().constant("DECIMAL", ClassName.get(BigDecimal.class),
                        CodeBlock.of("new $T($S)", BigDecimal.class, num.value().toString()));
                others.add(CodeBlock.of("$T.sameNumber(n, $N)", code.emitter().support(), constant));
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
            String predicate = code.doc().stringPredicate("isValue", strings);
            tests.add(CodeBlock.of("(n.isString() && $N(n.stringValue()))", predicate));
        }
        tests.addAll(others);
        String shown = values.size() == 1 ? "must be " + show(values.get(0))
                : "must be one of " + String.join(", ", values.stream().limit(12).map(ValueKeywordCode::show).toList())
                        + (values.size() > 12 ? ", … (" + values.size() + " values)" : "");
        return CodeBlock.builder()
                .beginControlFlow("if (!($L))", CodeBlock.join(tests, " || "))
                .add(code.fail(keyword, KeywordCode.ptr("p"), CodeBlock.of("$S", shown), null, expectedList(values)))
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

    /** minimum/maximum and their exclusive forms: a long comparison when the bound fits, else a decimal constant. */
    static CodeBlock bound(KeywordCode code, Keyword.Bound k) {
        CodeBlock comparison;
        BigDecimal v = k.value();
        boolean fitsLong = v.signum() == 0 || (v.stripTrailingZeros().scale() <= 0 && v.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0);
        if (fitsLong) {
            comparison = CodeBlock.of("$T.compare(n, $LL)", code.emitter().support(), v.longValueExact());
        } else {
            String constant = code.doc().constant("BOUND", ClassName.get(BigDecimal.class),
                    CodeBlock.of("new $T($S)", BigDecimal.class, v.toString()));
            comparison = CodeBlock.of("$T.compare(n, $N)", code.emitter().support(), constant);
        }
        String op = k.upper() ? (k.exclusive() ? ">=" : ">") : (k.exclusive() ? "<=" : "<");
        String words = (k.upper() ? (k.exclusive() ? "must be less than " : "must be at most ")
                : (k.exclusive() ? "must be greater than " : "must be at least ")) + v.toPlainString();
        return CodeBlock.builder()
                .beginControlFlow("if (n.isNumber() && $L $L 0)", comparison, op)
                .add(code.fail(k.name(), KeywordCode.ptr("p"), CodeBlock.of("$S", words), null, v.toPlainString()))
                .endControlFlow().build();
    }

    static CodeBlock minLength(KeywordCode code, Keyword.MinLength k) {
        return CodeBlock.builder()
                .beginControlFlow("if (n.isString() && $T.shorterThan(n.stringValue(), $L))", code.emitter().support(), k.value())
                .add(code.fail(k.name(), KeywordCode.ptr("p"), CodeBlock.of("$S", "must be at least " + k.value() + " characters long"), null, Integer.toString(k.value())))
                .endControlFlow().build();
    }

    static CodeBlock maxLength(KeywordCode code, Keyword.MaxLength k) {
        return CodeBlock.builder()
                .beginControlFlow("if (n.isString() && $T.longerThan(n.stringValue(), $L))", code.emitter().support(), k.value())
                .add(code.fail(k.name(), KeywordCode.ptr("p"), CodeBlock.of("$S", "must be at most " + k.value() + " characters long"), null, Integer.toString(k.value())))
                .endControlFlow().build();
    }

    /**
     * A pattern within the automaton compiler's reach (no lookarounds, anchors only at the ends) becomes a
     * {@code CharAutomaton} constant: one table step per character, no backtracking. Any other pattern stays a
     * compiled {@link Pattern} constant, compiled once per document class.
     */
    static CodeBlock pattern(KeywordCode code, Keyword.Pattern k) {
        CodeBlock test = code.emitter().automatonOf(k.regex())
                .map(dfa -> CodeBlock.of("$N.matches(n.stringValue())",
                        code.doc().constant("PATTERN", code.emitter().automaton(), AutomatonCode.construct(code.emitter().automaton(), dfa))))
                .orElseGet(() -> {
                    String constant = code.doc().constant("PATTERN", ClassName.get(Pattern.class), CodeBlock.of("$T.compile($S)", Pattern.class, EcmaPatterns.toJava(k.regex())));
                    return CodeBlock.of("$T.matches($N, n.stringValue())", code.emitter().support(), constant);
                });
        return CodeBlock.builder()
                .beginControlFlow("if (n.isString() && !$L)", test)
                .add(code.fail(k.name(), KeywordCode.ptr("p"), CodeBlock.of("$S", "must match the pattern " + k.regex()), null, k.regex()))
                .endControlFlow().build();
    }
}
