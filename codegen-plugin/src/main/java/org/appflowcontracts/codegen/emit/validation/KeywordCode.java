package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.SchemaNode;

/**
 * Dispatches each keyword to the class emitting its family and holds the helpers they share (failure reports,
 * subschema calls, locals, pointers). Inside a generated method the instance is {@code n}, its
 * pointer {@code p} and the collector {@code out} (CHECK mode). Every schema-provided value enters the code
 * through JavaPoet's {@code $S}/{@code $L}-for-numbers placeholders, never by string splicing.
 *
 * <p>A TEST method returns a {@code Truth} verdict (TRUE, FALSE or UNKNOWN when the outcome depends on a value
 * the document does not fix); it returns FALSE at the first failure and otherwise its local {@code verdict},
 * the conjunction of the verdicts it has absorbed. A CHECK method reports only failures that are FALSE.
 */
final class KeywordCode {

    private final ValidatorSpec emitter;
    private final DocumentClass doc;
    private final SchemaNode node;
    private final Mode mode;
    private final Map<String, String> sharedMembers = new LinkedHashMap<>();
    private final Set<String> checkedMembers = new HashSet<>();
    /** The count of locals named so far in the generated method (shared by the codes of nodes inlined there). */
    private final int[] locals;
    private boolean verdictUsed;

    KeywordCode(ValidatorSpec emitter, DocumentClass doc, SchemaNode node, Mode mode) {
        this(emitter, doc, node, mode, new int[1]);
    }

    private KeywordCode(ValidatorSpec emitter, DocumentClass doc, SchemaNode node, Mode mode, int[] locals) {
        this.emitter = emitter;
        this.doc = doc;
        this.node = node;
        this.mode = mode;
        this.locals = locals;
    }

    /**
     * The code of another node's keyword inlined into this method: its failures are reported as that node's (rule,
     * schema location), its locals are named apart from this method's.
     */
    KeywordCode inlined(SchemaNode other) {
        return new KeywordCode(emitter, doc, other, mode, locals);
    }

    /** Statements opening the method: lookups shared by several keywords of this node. */
    CodeBlock prelude() {
        return ObjectKeywordCode.prelude(this);
    }

    /** Dispatch only: each keyword family lives in its own class, like the appflow vocabulary in {@link AppflowCode}. */
    CodeBlock of(Keyword keyword) {
        CodeBlock code = valueKeyword(keyword);
        if (code == null) {
            code = objectKeyword(keyword);
        }
        if (code == null) {
            code = arrayKeyword(keyword);
        }
        if (code == null) {
            code = applicatorKeyword(keyword);
        }
        if (code == null) {
            throw new IllegalStateException("no code for keyword " + keyword.name());
        }
        return code;
    }

    /**
     * The code of a keyword on any value or on a scalar ({@code false}, type, enum, const, lengths, pattern,
     * bounds); null for another family.
     */
    private CodeBlock valueKeyword(Keyword keyword) {
        if (keyword instanceof Keyword.FalseSchema) {
            return fail("false", ptr("p"), CodeBlock.of("$S", "no value is allowed here"), null);
        }
        if (keyword instanceof Keyword.Type k) {
            return ValueKeywordCode.type(this, k);
        }
        if (keyword instanceof Keyword.Enum k) {
            return ValueKeywordCode.literals(this, k.name(), k.values());
        }
        if (keyword instanceof Keyword.Const k) {
            return ValueKeywordCode.literals(this, k.name(), List.of(k.value()));
        }
        if (keyword instanceof Keyword.MinLength k) {
            return ValueKeywordCode.minLength(this, k);
        }
        if (keyword instanceof Keyword.MaxLength k) {
            return ValueKeywordCode.maxLength(this, k);
        }
        if (keyword instanceof Keyword.Pattern k) {
            return ValueKeywordCode.pattern(this, k);
        }
        if (keyword instanceof Keyword.Bound k) {
            return ValueKeywordCode.bound(this, k);
        }
        return null;
    }

    /** The code of an object keyword; null for another family. */
    private CodeBlock objectKeyword(Keyword keyword) {
        if (keyword instanceof Keyword.Required k) {
            return ObjectKeywordCode.required(this, k);
        }
        if (keyword instanceof Keyword.DependentRequired k) {
            return ObjectKeywordCode.dependentRequired(this, k);
        }
        if (keyword instanceof Keyword.Properties k) {
            return ObjectKeywordCode.properties(this, k);
        }
        if (keyword instanceof Keyword.AdditionalProperties k) {
            return ObjectKeywordCode.additionalProperties(this, k);
        }
        if (keyword instanceof Keyword.PropertyNames k) {
            return ObjectKeywordCode.propertyNames(this, k);
        }
        if (keyword instanceof Keyword.MinProperties k) {
            return ObjectKeywordCode.minProperties(this, k);
        }
        if (keyword instanceof Keyword.MaxProperties k) {
            return ObjectKeywordCode.maxProperties(this, k);
        }
        return null;
    }

    /** The code of an array keyword; null for another family. */
    private CodeBlock arrayKeyword(Keyword keyword) {
        if (keyword instanceof Keyword.Items k) {
            return ArrayKeywordCode.items(this, k);
        }
        if (keyword instanceof Keyword.MinItems k) {
            return ArrayKeywordCode.minItems(this, k);
        }
        if (keyword instanceof Keyword.MaxItems k) {
            return ArrayKeywordCode.maxItems(this, k);
        }
        if (keyword instanceof Keyword.UniqueItems k) {
            return ArrayKeywordCode.uniqueItems(this, k);
        }
        if (keyword instanceof Keyword.Contains k) {
            return ArrayKeywordCode.contains(this, k);
        }
        return null;
    }

    /** The code of an applicator or an appflow vocabulary keyword; null for another family. */
    private CodeBlock applicatorKeyword(Keyword keyword) {
        if (keyword instanceof Keyword.Ref k) {
            return ApplicatorKeywordCode.ref(this, k);
        }
        if (keyword instanceof Keyword.AllOf k) {
            return ApplicatorKeywordCode.allOf(this, k);
        }
        if (keyword instanceof Keyword.AnyOf k) {
            return ApplicatorKeywordCode.anyOf(this, k);
        }
        if (keyword instanceof Keyword.OneOf k) {
            return ApplicatorKeywordCode.oneOf(this, k);
        }
        if (keyword instanceof Keyword.Not k) {
            return ApplicatorKeywordCode.not(this, k);
        }
        if (keyword instanceof Keyword.IfThenElse k) {
            return ApplicatorKeywordCode.ifThenElse(this, k);
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
        return null;
    }

    // ---- shared helpers (used by every keyword family) ----

    ValidatorSpec emitter() {
        return emitter;
    }

    Mode mode() {
        return mode;
    }

    DocumentClass doc() {
        return doc;
    }

    SchemaNode node() {
        return node;
    }

    /** The local holding a member looked up once in the prelude, or null when the member is looked up in place. */
    String sharedMember(String member) {
        return sharedMembers.get(member);
    }

    void shareMember(String member, String local) {
        sharedMembers.put(member, local);
    }

    /** Marks a member whose presence and subschema a TEST-mode method already checked; false if marked before. */
    boolean markChecked(String member) {
        return checkedMembers.add(member);
    }

    boolean checked(String member) {
        return checkedMembers.contains(member);
    }

    String local(String stem) {
        return stem + (++locals[0]);
    }

    /** The JSON Pointer string of an instance path variable (built only when a failure is reported). */
    static CodeBlock ptr(String variable) {
        return CodeBlock.of("$N.pointer()", variable);
    }

    /** The JSON Pointer string of a member of the current object (built only when a failure is reported). */
    static CodeBlock memberPtr(String member) {
        return CodeBlock.of("p.pointer($S)", member);
    }

    /** The statement opening every method: an unknown instance is neither valid nor invalid, and reports nothing. */
    CodeBlock unknownGuard() {
        if (node.keywords().contains(new Keyword.FalseSchema())) {
            // The false schema fails whatever the value: its verdict depends on nothing unknown.
            return CodeBlock.of("");
        }
        if (mode == Mode.TEST) {
            return CodeBlock.builder().beginControlFlow("if ($T.unknown(n))", truth())
                    .addStatement("return $T.UNKNOWN", truth()).endControlFlow().build();
        }
        // A rule applied to an unknown value may fail at its pointer (as the node itself, "false").
        return CodeBlock.builder().beginControlFlow("if ($T.unknown(n))", truth())
                .add(node.owner().isPresent() ? supposing(fail("false", ptr("p"), CodeBlock.of("$S", ""), null)) : CodeBlock.of(""))
                .addStatement("return").endControlFlow().build();
    }

    /**
     * CHECK mode: {@code body} run as if an UNKNOWN outcome were FALSE. Its rule failures are not reported but
     * hide the type-level failures at their pointers, as a reported one would (see the collector's
     * {@code suppose}); nothing in TEST mode.
     */
    CodeBlock supposing(CodeBlock body) {
        if (mode == Mode.TEST || body.isEmpty()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder().addStatement("out.suppose()").add(body).addStatement("out.endSuppose()").build();
    }

    /** {@link #supposing} when this node belongs to a rule (type-level failures are dropped while supposing anyway). */
    CodeBlock supposingInRule(CodeBlock body) {
        return node.owner().isPresent() ? supposing(body) : CodeBlock.of("");
    }

    /** The generated {@code Truth} class. */
    com.palantir.javapoet.ClassName truth() {
        return emitter.truth();
    }

    /** Whether a TEST method's code folds a verdict into its local {@code verdict} (which must then be declared). */
    boolean verdictUsed() {
        return verdictUsed;
    }

    /** TEST mode: folds a {@code Truth} expression into {@code verdict}, returning FALSE at once when it is FALSE. */
    CodeBlock absorb(CodeBlock truthValue) {
        verdictUsed = true;
        return CodeBlock.builder().beginControlFlow("if ((verdict &= $L) == $T.FALSE)", truthValue, truth())
                .addStatement("return $T.FALSE", truth()).endControlFlow().build();
    }

    /** TEST mode: the outcome can no longer be TRUE, only FALSE (from a later keyword) or UNKNOWN. */
    CodeBlock undecided() {
        verdictUsed = true;
        return CodeBlock.builder().addStatement("verdict &= $T.UNKNOWN", truth()).build();
    }

    /**
     * A keyword whose outcome is the {@code Truth} expression {@code truthValue}: reported only when FALSE (an
     * UNKNOWN outcome reports nothing), absorbed into the verdict in TEST mode.
     */
    CodeBlock failUnless(CodeBlock truthValue, String keyword, CodeBlock typeLevelMessage) {
        if (mode == Mode.TEST) {
            return absorb(truthValue);
        }
        CodeBlock report = fail(keyword, ptr("p"), typeLevelMessage, null);
        if (node.owner().isEmpty()) {
            return CodeBlock.builder().beginControlFlow("if ($L == $T.FALSE)", truthValue, truth())
                    .add(report).endControlFlow().build();
        }
        String outcome = local("outcome");
        return CodeBlock.builder().addStatement("int $N = $L", outcome, truthValue)
                .beginControlFlow("if ($N == $T.FALSE)", outcome, truth()).add(report)
                .nextControlFlow("else if ($N == $T.UNKNOWN)", outcome, truth()).add(supposing(report))
                .endControlFlow().build();
    }

    /** A {@code Truth} expression: does {@code value} satisfy {@code schema}? */
    CodeBlock test(SchemaNode schema, CodeBlock value) {
        // A $ref-only node cannot fail by itself: call its target directly.
        ValidatorSpec.MethodRef ref = emitter.method(emitter.graph().dereference(schema), Mode.TEST);
        return ref.call(value);
    }

    /** The path step into {@code member}, a member the schema names (see {@link PathNames}). */
    CodeBlock memberStep(String member) {
        return emitter.pathNames().step(member);
    }

    /**
     * Statements applying {@code schema} to a value in the given mode. {@code step} is the path step leading from
     * the current value to {@code value} ({@link #memberStep}, {@link PathNames#indexStep},
     * {@link PathNames#runTimeStep}), or null when {@code value} is the current value; the path enters the step
     * only around the call.
     */
    CodeBlock invoke(SchemaNode schema, Mode childMode, CodeBlock value, CodeBlock step) {
        if (childMode == Mode.TEST) {
            return absorb(test(schema, value));
        }
        ValidatorSpec.MethodRef ref = emitter.method(emitter.graph().dereference(schema), Mode.CHECK);
        CodeBlock call = ref.call(CodeBlock.of("$L, p, out", value));
        if (step == null) {
            return CodeBlock.builder().addStatement("$L", call).build();
        }
        return CodeBlock.builder()
                .addStatement("p.$L", step)
                .addStatement("$L", call)
                .addStatement("p.leave()")
                .build();
    }

    /** A size check (members, items) whose failure renders the limit as the expected value. */
    CodeBlock counted(String condition, int value, String keyword, String message) {
        return CodeBlock.builder()
                .beginControlFlow("if (" + condition + ")", value)
                .add(fail(keyword, ptr("p"), CodeBlock.of("$S", message), null, Integer.toString(value)))
                .endControlFlow().build();
    }

    CodeBlock fail(String keyword, CodeBlock pointer, CodeBlock typeLevelMessage, String missingMember) {
        return fail(keyword, pointer, typeLevelMessage, missingMember, null);
    }

    /**
     * The failure statement: in TEST mode {@code return Truth.FALSE}; in CHECK mode a report to the collector with the
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
        return new FailureStatement(emitter, doc, node, mode).of(keyword, pointer, typeLevelMessage, member, expected);
    }
}
