package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.appflowcontracts.codegen.emit.Javadoc;
import org.appflowcontracts.codegen.model.SchemaLocation;
import org.appflowcontracts.codegen.types.JavaNames;

/**
 * The generated class holding the compiled checks of one schema document: one static method per (node, mode)
 * and the constants (patterns, sets, bounds) the methods use.
 */
final class DocumentClass {

    private final ClassName name;
    private final String file;
    private final TypeSpec.Builder spec;
    private final Map<String, String> methodNames = new HashMap<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Map<String, String> fusedMethods = new HashMap<>();
    private final Map<String, String> constantsByDeclaration = new HashMap<>();
    private int constants;

    /** Constant holding the document's {@code $id}. */
    static final String ID = "DOCUMENT_ID";
    /** Constant holding the document's file name. */
    static final String FILE = "DOCUMENT_FILE";

    DocumentClass(String packageName, String file, String documentId) {
        this.file = file;
        this.name = ClassName.get(packageName, className(file));
        this.spec = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.FINAL)
                .addJavadoc("Compiled checks of {@code $L}.\n", Javadoc.escape(file))
                .addField(FieldSpec.builder(String.class, ID, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", documentId).build())
                .addField(FieldSpec.builder(String.class, FILE, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", file).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    }

    /** {@code rules/write-operations.rules.json} → {@code RulesWriteOperationsRulesChecks}. */
    static String className(String file) {
        String base = file.endsWith(".json") ? file.substring(0, file.length() - ".json".length()) : file;
        return JavaNames.type(base) + "Checks";
    }

    ClassName name() {
        return name;
    }

    /** A stable, readable method name for a node: mode prefix + the node's pointer. */
    String methodName(SchemaLocation location, Mode mode) {
        String key = mode + location.pointer();
        String existing = methodNames.get(key);
        if (existing != null) {
            return existing;
        }
        String prefix = mode == Mode.CHECK ? "check" : "test";
        String body = location.pointer().replace("$defs", "").replaceAll("[^A-Za-z0-9]+", "_");
        String candidate = prefix + (body.equals("_") || body.isEmpty() ? "_root" : body);
        String unique = unique(candidate);
        methodNames.put(key, unique);
        return unique;
    }

    /** The method already generated for a set of subschemas applied together, or null. */
    String fusedMethodName(String key) {
        return fusedMethods.get(key);
    }

    void rememberFusedMethod(String key, String name) {
        fusedMethods.put(key, name);
    }

    /** A fresh method name for code that belongs to no single node (several subschemas applied together). */
    String syntheticMethodName(String candidate) {
        return unique(candidate.replaceAll("[^A-Za-z0-9_]+", "_"));
    }

    private String unique(String candidate) {
        String unique = candidate;
        for (int n = 2; !usedNames.add(unique); n++) {
            unique = candidate + "_" + n;
        }
        return unique;
    }

    /**
     * Adds a {@code private static final} constant and returns its name; a constant with the same type and
     * initializer is declared once (they are all immutable: patterns, automata, numbers), so a pattern the rules
     * repeat ten times is one table in the class.
     */
    String constant(String kind, TypeName type, com.palantir.javapoet.CodeBlock initializer) {
        String declaration = type + " = " + initializer;
        String known = constantsByDeclaration.get(declaration);
        if (known != null) {
            return known;
        }
        String constant = kind + "_" + (++constants);
        spec.addField(FieldSpec.builder(type, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(initializer)
                .build());
        constantsByDeclaration.put(declaration, constant);
        return constant;
    }

    /**
     * Adds a {@code private static boolean} method telling whether its string argument is one of {@code values}
     * (distinct), through a string switch, and returns its name.
     */
    String stringPredicate(String kind, java.util.Collection<String> values) {
        String method = kind + "_" + (++constants);
        MethodSpec.Builder b = MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("Whether {@code s} is one of a fixed set of strings.\n")
                .returns(TypeName.BOOLEAN)
                .addParameter(String.class, "s")
                .beginControlFlow("switch (s)");
        for (String value : values) {
            b.addCode("case $S:\n", value);
        }
        b.addStatement("$>return true$<")
                .addCode("default:\n")
                .addStatement("$>return false$<")
                .endControlFlow();
        spec.addMethod(b.build());
        return method;
    }

    void addMethod(MethodSpec method) {
        spec.addMethod(method);
    }

    String file() {
        return file;
    }

    TypeSpec build() {
        return spec.build();
    }
}
