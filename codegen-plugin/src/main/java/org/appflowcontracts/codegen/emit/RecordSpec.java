package org.appflowcontracts.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import javax.lang.model.element.Modifier;
import org.appflowcontracts.codegen.model.ObjectType;
import org.appflowcontracts.codegen.model.TypeRef;

/**
 * One immutable record per object shape: components in schema order, wire names in {@code @JsonProperty},
 * collections copied into unmodifiable ones, nested {@link BuilderSpec builder}.
 */
public final class RecordSpec {

    private final JavaTypes types;
    private final EmitOptions options;

    public RecordSpec(JavaTypes types, EmitOptions options) {
        this.types = types;
        this.options = options;
    }

    public TypeSpec spec(ObjectType object) {
        ClassName name = types.named(object.name());
        TypeSpec.Builder record = TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC);
        record.addJavadoc(javadoc(object));
        if (options.jacksonAnnotations()) {
            record.addAnnotation(AnnotationSpec.builder(JavaTypes.JSON_INCLUDE)
                    .addMember("value", "$T.Include.NON_NULL", JavaTypes.JSON_INCLUDE)
                    .build());
        }
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (ObjectType.Field field : object.fields()) {
            ParameterSpec.Builder component = ParameterSpec.builder(types.of(field.type()), field.javaName());
            if (options.jacksonAnnotations()) {
                component.addAnnotation(AnnotationSpec.builder(JavaTypes.JSON_PROPERTY)
                        .addMember("value", "$S", field.wireName())
                        .build());
            }
            constructor.addParameter(component.build());
            CodeBlock copy = copyStatement(field);
            if (copy != null) {
                constructor.addCode(copy);
            }
        }
        record.recordConstructor(constructor.build());
        if (options.builders()) {
            BuilderSpec builder = new BuilderSpec(types);
            record.addMethod(MethodSpec.methodBuilder("builder")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builder.className(name))
                    .addJavadoc("Returns an empty builder.\n")
                    .addStatement("return new $T()", builder.className(name))
                    .build());
            record.addMethod(MethodSpec.methodBuilder("toBuilder")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder.className(name))
                    .addJavadoc("Returns a builder holding this record's values.\n")
                    .addStatement("return new $T(this)", builder.className(name))
                    .build());
            record.addType(builder.spec(object, name));
        }
        return record.build();
    }

    /** Null stays null (absent member); anything else becomes an unmodifiable copy. */
    private static CodeBlock copyStatement(ObjectType.Field field) {
        String n = field.javaName();
        if (field.type() instanceof TypeRef.ListOf) {
            return CodeBlock.of("$N = $N == null ? null : $T.unmodifiableList(new $T<>($N));\n",
                    n, n, Collections.class, ArrayList.class, n);
        }
        if (field.type() instanceof TypeRef.MapOf) {
            return CodeBlock.of("$N = $N == null ? null : $T.unmodifiableMap(new $T<>($N));\n",
                    n, n, Collections.class, LinkedHashMap.class, n);
        }
        return null;
    }

    private static CodeBlock javadoc(ObjectType object) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!object.description().isEmpty()) {
            doc.add("$L\n\n<p>", Javadoc.escape(object.description()));
        }
        doc.add("Generated from {@code $L}.\n", Javadoc.escape(object.location().toString()));
        if (!object.fields().isEmpty()) {
            doc.add("\n");
        }
        for (ObjectType.Field field : object.fields()) {
            String text = "wire name {@code " + Javadoc.escape(field.wireName()) + "}; "
                    + (field.required() ? "required by the schema (validators report it when {@code null})."
                            : "optional: {@code null} when absent.")
                    + (field.description().isEmpty() ? "" : " " + Javadoc.escape(field.description()));
            doc.add("@param $N $L\n", field.javaName(), text);
        }
        return doc.build();
    }
}
