package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import org.appflowcontracts.codegen.emit.Javadoc;
import org.appflowcontracts.codegen.model.SchemaLocation;
import org.appflowcontracts.codegen.types.JavaNames;

/**
 * The generated class holding the compiled checks of one schema document: one static method per (node, mode)
 * and the constants (patterns, sets, bounds) the methods use. The methods go into nested classes, one per
 * {@link LoadingUnits unit} and {@value #COMMON} for the rest, which the JVM loads (and whose constants it builds)
 * on the first call of one of their methods; a constant is declared in the first unit that uses it. The document
 * class itself only names them, so it is never loaded: it would list every nested class.
 */
final class DocumentClass {

    private final ClassName name;
    private final String file;
    private final TypeSpec.Builder spec;
    /** The nested class of the methods no unit holds, and of the constants several units use. */
    static final String COMMON = "Common";
    static final String COMMON_JAVADOC = "Checks no single branch of the document holds: loaded on the first call of"
            + " one of them.";

    private final Map<String, TypeSpec.Builder> units = new TreeMap<>();
    /** The unit code is generated for now. */
    private String unit = COMMON;
    private final Map<String, Constant> constantFields = new LinkedHashMap<>();
    private int generatedChars;
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

    private record Constant(TypeName type, com.palantir.javapoet.CodeBlock initializer, String unit) {}

    /** The nested class the code generated now goes into. */
    ClassName name() {
        return unitName(unit);
    }

    /** The document class's name. */
    ClassName documentName() {
        return name;
    }

    /** The name of a unit's nested class. */
    ClassName unitName(String unit) {
        return name.nestedClass(unit);
    }

    /** Generates the following code into {@code unit}'s nested class, declared with {@code javadoc} when new. */
    void enter(String unit, String javadoc) {
        units.computeIfAbsent(unit, u -> nested(u, javadoc));
        this.unit = unit;
    }

    private static TypeSpec.Builder nested(String unit, String javadoc) {
        return TypeSpec.classBuilder(unit)
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", javadoc)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    }

    /** Characters of source generated so far: methods and constants, for {@link LoadingUnits} to weigh. */
    int generatedChars() {
        return generatedChars;
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

    /**
     * The method already generated for a set of subschemas applied together, or null. Each unit has its own (a
     * method of another unit is not in scope), so a set two units apply is generated in both.
     */
    String fusedMethodName(String key) {
        return fusedMethods.get(unit + " " + key);
    }

    void rememberFusedMethod(String key, String name) {
        fusedMethods.put(unit + " " + key, name);
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
     * Adds a {@code static final} constant and returns how the current unit names it; a constant with the same type
     * and initializer is declared once (they are all immutable: patterns, automata, numbers), so a pattern the rules
     * repeat ten times is one table. It is declared in the unit that first uses it, and package-private: a private
     * member of another nested class would be reached through the document class (the nest host), which the JVM
     * would then load.
     */
    String constant(String kind, TypeName type, com.palantir.javapoet.CodeBlock initializer) {
        String declaration = type + " = " + initializer;
        String known = constantsByDeclaration.get(declaration);
        if (known == null) {
            known = kind + "_" + (++constants);
            constantFields.put(known, new Constant(type, initializer, unit));
            constantsByDeclaration.put(declaration, known);
            generatedChars += declaration.length();
        }
        String owner = constantFields.get(known).unit();
        return owner.equals(unit) ? known : owner + "." + known;
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
        addMethod(b.build());
        return method;
    }

    void addMethod(MethodSpec method) {
        generatedChars += method.code().toString().length();
        target().addMethod(method);
    }

    private TypeSpec.Builder target() {
        return units.get(unit);
    }

    String file() {
        return file;
    }

    TypeSpec build() {
        constantFields.forEach((constant, c) -> units.get(c.unit()).addField(FieldSpec.builder(c.type(), constant)
                .addModifiers(Modifier.STATIC, Modifier.FINAL).initializer(c.initializer()).build()));
        units.values().forEach(u -> spec.addType(u.build()));
        return spec.build();
    }
}
