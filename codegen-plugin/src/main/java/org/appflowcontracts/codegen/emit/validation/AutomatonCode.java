package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.appflowcontracts.codegen.regex.Dfa;

/**
 * Writes a {@link Dfa} as the constructor call of the generated {@code CharAutomaton}. The tables are numbers and
 * the digits 0/1 only, so no schema text reaches the generated source through them (the pattern kept for long
 * values goes through JavaPoet's string literal escaping, like every other pattern constant). They are written as string
 * constants, not array initializers: an array initializer costs bytecode in the class initializer (64 KB at
 * most for all the constants of a class), a string only a constant-pool entry.
 */
final class AutomatonCode {

    private AutomatonCode() {
    }

    static CodeBlock construct(ClassName automaton, Dfa dfa) {
        String accepting = IntStream.range(0, dfa.states()).mapToObj(s -> dfa.accepting()[s] ? "1" : "0")
                .collect(Collectors.joining());
        CodeBlock longValues = dfa.longValueRegex() == null ? CodeBlock.of("null")
                : CodeBlock.of("$T.compile($S)", Pattern.class, dfa.longValueRegex());
        return CodeBlock.of("new $T($>$>\n$S,\n$S,\n$S,\n$S,\n$L,\n$L)$<$<", automaton,
                numbers(dfa.intervalStarts(), Integer::toHexString), numbers(dfa.intervalColumns(), Integer::toString),
                numbers(dfa.transitions(), Integer::toString), accepting, dfa.wholeInput(), longValues);
    }

    private static String numbers(int[] values, IntFunction<String> format) {
        return Arrays.stream(values).mapToObj(format).collect(Collectors.joining(","));
    }
}
