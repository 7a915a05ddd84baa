package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.appflowcontracts.codegen.regex.Dfa;

/**
 * Writes a {@link Dfa} as the constructor call of the generated {@code CharAutomaton}. The tables are numbers and
 * the digits 0/1 only, so no schema text reaches the generated source through them; the transition rows go in a
 * string because a large array initializer would count against the class initializer's 64 KB bytecode limit.
 */
final class AutomatonCode {

    private AutomatonCode() {
    }

    static CodeBlock construct(ClassName automaton, Dfa dfa) {
        String transitions = Arrays.stream(dfa.transitions()).mapToObj(Integer::toString).collect(Collectors.joining(","));
        String accepting = IntStream.range(0, dfa.states()).mapToObj(s -> dfa.accepting()[s] ? "1" : "0")
                .collect(Collectors.joining());
        return CodeBlock.of("new $T($>$>\nnew int[] {$L},\nnew int[] {$L},\n$S,\n$S,\n$L)$<$<", automaton,
                ints(dfa.intervalStarts(), true), ints(dfa.intervalColumns(), false), transitions, accepting,
                dfa.wholeInput());
    }

    private static String ints(int[] values, boolean hex) {
        return Arrays.stream(values).mapToObj(v -> hex ? "0x" + Integer.toHexString(v) : Integer.toString(v))
                .collect(Collectors.joining(", "));
    }
}
