package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Applies code to the members of an object that a schema names. Rule overlays name many members an object
 * rarely has: a task's {@code connectorOperator} holds one connector key where the operator lists name about
 * twenty, so looking each name up probes the object twenty times to find one. From {@link #SWITCH_FROM} names on,
 * the object's own members are walked once instead, with a switch on the name. Either way each named member that
 * is present gets its code once, with the same value; only the order among members differs, which no finding
 * depends on (findings are sorted by pointer and rule, and each member reports at its own pointer).
 */
final class MemberLookups {

    /** From this many names on, walking an object's members costs less than probing it for each name. */
    static final int SWITCH_FROM = 8;

    /** A member name and the code applied to its value (given the local that holds the value). */
    record Named(String member, Function<String, CodeBlock> body) {}

    private MemberLookups() {}

    /** Statements applying each body to its member of the object {@code object}, when the member is present. */
    static CodeBlock apply(KeywordCode code, String object, List<Named> members) {
        CodeBlock.Builder b = CodeBlock.builder();
        if (members.size() < SWITCH_FROM) {
            for (Named named : members) {
                String v = code.local("v");
                b.addStatement("$T $N = $N.get($S)", ValidatorSpec.JSON_NODE, v, object, named.member())
                        .beginControlFlow("if ($N != null)", v)
                        .add(named.body().apply(v))
                        .endControlFlow();
            }
            return b.build();
        }
        String e = code.local("e");
        b.beginControlFlow("for ($T<$T, $T> $N : $N.properties())", Map.Entry.class, String.class,
                        ValidatorSpec.JSON_NODE, e, object)
                .beginControlFlow("switch ($N.getKey())", e);
        for (Named named : members) {
            String v = code.local("v");
            b.beginControlFlow("case $S ->", named.member())
                    .addStatement("$T $N = $N.getValue()", ValidatorSpec.JSON_NODE, v, e)
                    .add(named.body().apply(v))
                    .endControlFlow();
        }
        b.beginControlFlow("default ->").endControlFlow();
        return b.endControlFlow().endControlFlow().build();
    }
}
