package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.appflowcontracts.codegen.JavacRunner;
import org.appflowcontracts.codegen.emit.RuntimeSources;
import org.appflowcontracts.codegen.regex.Dfa;

/**
 * Automata as generated code runs them: each {@link Dfa} written by {@link AutomatonCode} into a probe class,
 * compiled with the {@code CharAutomaton} runtime template, and reachable by its index. One factory method per
 * automaton, so many large tables never outgrow a method's 64 KB.
 */
public final class AutomatonProbe {

    private static final ClassName AUTOMATON = ClassName.get("probe", "CharAutomaton");

    private final Method create;
    private final Method matches;
    private final Object[] instances;

    private AutomatonProbe(Method create, Method matches, int size) {
        this.create = create;
        this.matches = matches;
        this.instances = new Object[size];
    }

    /** Generates and compiles the probe under {@code work}. */
    public static AutomatonProbe compile(Path work, List<Dfa> automata) throws Exception {
        TypeSpec.Builder type = TypeSpec.classBuilder("Probe").addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        MethodSpec.Builder dispatch = MethodSpec.methodBuilder("create").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(Object.class).addParameter(int.class, "i").beginControlFlow("switch (i)");
        for (int i = 0; i < automata.size(); i++) {
            type.addMethod(MethodSpec.methodBuilder("a" + i).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(AUTOMATON).addStatement("return $L", construct(automata.get(i))).build());
            dispatch.addStatement("case $L: return a$L()", i, i);
        }
        dispatch.addStatement("default: throw new $T()", IllegalArgumentException.class).endControlFlow();
        type.addMethod(dispatch.build());
        type.addMethod(MethodSpec.methodBuilder("matches").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeName.BOOLEAN).addParameter(Object.class, "automaton").addParameter(String.class, "s")
                .addStatement("return (($T) automaton).matches(s)", AUTOMATON).build());
        Path sources = work.resolve("src");
        JavaFile.builder("probe", type.build()).build().writeTo(sources);
        for (Map.Entry<String, String> runtime : RuntimeSources.validationSources("probe", "probe.model")) {
            if (runtime.getKey().equals("CharAutomaton")) {
                Files.writeString(Files.createDirectories(sources.resolve("probe")).resolve("CharAutomaton.java"),
                        runtime.getValue());
            }
        }
        Class<?> probe = JavacRunner.compile(sources, work.resolve("classes")).loadClass("probe.Probe");
        return new AutomatonProbe(probe.getMethod("create", int.class),
                probe.getMethod("matches", Object.class, String.class), automata.size());
    }

    /** The constructor call the emitter writes for {@code dfa}. */
    public static CodeBlock construct(Dfa dfa) {
        return AutomatonCode.construct(AUTOMATON, dfa);
    }

    /** The runtime automaton of index {@code i} (built once). */
    public Object automaton(int i) throws Exception {
        if (instances[i] == null) {
            instances[i] = create.invoke(null, i);
        }
        return instances[i];
    }

    public boolean matches(Object automaton, String s) throws Exception {
        return (boolean) matches.invoke(null, automaton, s);
    }

    public boolean matches(int i, String s) throws Exception {
        return matches(automaton(i), s);
    }
}
