package org.appflowcontracts.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Optional;
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
                timestampBinding(field.type()).ifPresent(component::addAnnotation);
            }
            constructor.addParameter(component.build());
            CodeBlock copy = copyStatement(field, record);
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

    /**
     * Timestamps bind through the generated {@code TimestampDeserializer}, which reads every form the validators
     * accept (Jackson's own reading takes RFC 3339 text and numbers only); for a list or map, its values do.
     */
    private Optional<AnnotationSpec> timestampBinding(TypeRef type) {
        ClassName deserializer = types.named("TimestampDeserializer");
        if (isInstant(type)) {
            return Optional.of(AnnotationSpec.builder(JavaTypes.JSON_DESERIALIZE).addMember("using", "$T.class", deserializer).build());
        }
        TypeRef content = type instanceof TypeRef.ListOf l ? l.element() : type instanceof TypeRef.MapOf m ? m.value() : null;
        if (content != null && isInstant(content)) {
            return Optional.of(AnnotationSpec.builder(JavaTypes.JSON_DESERIALIZE).addMember("contentUsing", "$T.class", deserializer).build());
        }
        return Optional.empty();
    }

    private static boolean isInstant(TypeRef type) {
        return type instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.INSTANT;
    }

    /** Null stays null (absent member); anything else becomes an unmodifiable copy. */
    private CodeBlock copyStatement(ObjectType.Field field, TypeSpec.Builder record) {
        String n = field.javaName();
        if (nested(field.type())) {
            String helper = "copyOf" + Character.toUpperCase(n.charAt(0)) + n.substring(1);
            record.addMethod(deepCopy(helper, field.type(), record, 0));
            return CodeBlock.of("$N = $N($N);\n", n, helper, n);
        }
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

    private static boolean collection(TypeRef type) {
        return type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf;
    }

    /** A collection whose elements are collections too: copied level by level. */
    private static boolean nested(TypeRef type) {
        return type instanceof TypeRef.ListOf l ? collection(l.element())
                : type instanceof TypeRef.MapOf m && collection(m.value());
    }

    /** {@code private static T name(T source)}: an unmodifiable copy, nested collections included. */
    private MethodSpec deepCopy(String name, TypeRef type, TypeSpec.Builder record, int depth) {
        TypeName javaType = types.of(type);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(javaType, "source")
                .returns(javaType)
                .beginControlFlow("if (source == null)")
                .addStatement("return null")
                .endControlFlow();
        TypeRef inner = type instanceof TypeRef.ListOf l ? l.element() : ((TypeRef.MapOf) type).value();
        CodeBlock element;
        if (collection(inner)) {
            String innerName = name + "Item";
            record.addMethod(deepCopy(innerName, inner, record, depth + 1));
            element = CodeBlock.of("$N(value)", innerName);
        } else {
            element = CodeBlock.of("value");
        }
        if (type instanceof TypeRef.ListOf) {
            method.addStatement("$T copy = new $T<>(source.size())", javaType, ArrayList.class)
                    .beginControlFlow("for ($T value : source)", types.of(inner))
                    .addStatement("copy.add($L)", element)
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableList(copy)", Collections.class);
        } else {
            method.addStatement("$T copy = new $T<>()", javaType, LinkedHashMap.class)
                    .beginControlFlow("for ($T.Entry<$T, $T> entry : source.entrySet())", java.util.Map.class,
                            String.class, types.of(inner))
                    .addStatement("$T value = entry.getValue()", types.of(inner))
                    .addStatement("copy.put(entry.getKey(), $L)", element)
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableMap(copy)", Collections.class);
        }
        return method.build();
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
            String bounds = BoundsPhrase.of(field.bounds());
            String text = "wire name {@code " + Javadoc.escape(field.wireName()) + "}; "
                    + (field.required() ? "required by the schema (validators report it when {@code null})."
                            : "optional: {@code null} when absent.")
                    + (bounds.isEmpty() ? "" : " Accepts " + bounds + ".")
                    + (field.description().isEmpty() ? "" : " " + Javadoc.escape(field.description()));
            doc.add("@param $N $L\n", field.javaName(), text);
        }
        return doc.build();
    }
}
