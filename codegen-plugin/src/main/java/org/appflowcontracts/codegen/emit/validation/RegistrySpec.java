package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import org.appflowcontracts.codegen.model.Entry;

/**
 * {@code ContractValidators}: every entry validator by name, through a switch (no reflection). A caller may name
 * an entry as the plugin's {@code operations} parameter does ({@code CreateFlow}: its request) or by the entry's
 * own name ({@code CreateFlowRequest}, also the shape name); an unknown name is refused with the names known.
 */
final class RegistrySpec {

    private static final TypeName NAMES = ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));

    private final String packageName;

    RegistrySpec(String packageName) {
        this.packageName = packageName;
    }

    TypeSpec emit(List<Entry> entries) {
        ClassName finding = ClassName.get(packageName, "Finding");
        TypeName findings = ParameterizedTypeName.get(ClassName.get(List.class), finding);
        ClassName listener = ClassName.get(packageName, "RawFailureListener");
        MethodSpec.Builder validate = MethodSpec.methodBuilder("validate")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String.class, "entry")
                .addParameter(ValidatorSpec.JSON_NODE, "document")
                .returns(findings)
                .addJavadoc("Validates {@code document} as the entry named {@code entry}: an operation"
                        + " ({@code CreateFlow}, its request) or an entry ({@code CreateFlowRequest}).\n\n"
                        + "@throws IllegalArgumentException for an unknown name; its message lists the known ones\n")
                .beginControlFlow("switch (entryName(entry))");
        MethodSpec.Builder evaluate = MethodSpec.methodBuilder("evaluate")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String.class, "entry")
                .addParameter(ValidatorSpec.JSON_NODE, "document")
                .addParameter(listener, "listener")
                .addJavadoc("Reports the raw keyword failures of {@code document} as the entry named {@code entry}"
                        + " (an operation or an entry, as for {@link #validate}).\n\n"
                        + "@throws IllegalArgumentException for an unknown name; its message lists the known ones\n")
                .beginControlFlow("switch (entryName(entry))");
        for (Entry entry : entries) {
            ClassName validator = ClassName.get(packageName, entry.name() + "Validator");
            validate.addCode("case $S:\n", entry.name()).addStatement("$>return $T.validate(document)$<", validator);
            evaluate.addCode("case $S:\n", entry.name()).addStatement("$>$T.evaluate(document, listener)", validator)
                    .addStatement("return$<");
        }
        validate.addCode("default:\n").addStatement("$>throw unknown(entry)$<").endControlFlow();
        evaluate.addCode("default:\n").addStatement("$>throw unknown(entry)$<").endControlFlow();
        return TypeSpec.classBuilder(ClassName.get(packageName, "ContractValidators"))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Every generated entry validator, by operation or entry name.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(names("entries", "The entry names, sorted.\n", entries.stream().map(Entry::name).toList()))
                .addMethod(names("operations", "The operation names that select an entry, sorted.\n",
                        List.copyOf(operationEntries(entries).keySet())))
                .addMethod(entryName(entries))
                .addMethod(unknown())
                .addMethod(validate.build())
                .addMethod(evaluate.build())
                .build();
    }

    /**
     * Operation name → the entry it selects: its request, or its only entry when it has no request. An operation
     * spelt like an entry is left to the entry.
     */
    private static Map<String, String> operationEntries(List<Entry> entries) {
        Map<String, String> byOperation = new TreeMap<>();
        for (Entry entry : entries) {
            if (!entry.name().equals(entry.operation())) {
                byOperation.merge(entry.operation(), entry.name(),
                        (a, b) -> a.endsWith("Request") ? a : b.endsWith("Request") ? b : a.compareTo(b) <= 0 ? a : b);
            }
        }
        entries.forEach(entry -> byOperation.remove(entry.name()));
        return byOperation;
    }

    private static MethodSpec names(String name, String javadoc, List<String> values) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(NAMES)
                .addJavadoc(javadoc)
                .addStatement("return $T.of($L)", List.class,
                        CodeBlock.join(values.stream().sorted().map(v -> CodeBlock.of("$S", v)).toList(), ", "))
                .build();
    }

    private static MethodSpec entryName(List<Entry> entries) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("entryName")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String.class, "name")
                .returns(String.class)
                .addJavadoc("The entry an operation name selects ({@code CreateFlow} → {@code CreateFlowRequest});"
                        + " any other name unchanged.\n")
                .beginControlFlow("switch (name)");
        operationEntries(entries).forEach((operation, entry) ->
                method.addCode("case $S:\n", operation).addStatement("$>return $S$<", entry));
        return method.addCode("default:\n").addStatement("$>return name$<").endControlFlow().build();
    }

    private static MethodSpec unknown() {
        return MethodSpec.methodBuilder("unknown")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(String.class, "name")
                .returns(IllegalArgumentException.class)
                .addStatement("return new $T($S + name + $S + $T.join($S, operations()) + $S + $T.join($S, entries()))",
                        IllegalArgumentException.class, "no validator for '", "'; operations: ", String.class, ", ",
                        "; entries: ", String.class, ", ")
                .build();
    }
}
