package org.appflowcontracts.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.appflowcontracts.codegen.model.EnumType;

/** One Java enum per string enum shape; each constant carries its wire value, bound by Jackson through it. */
public final class EnumSpec {

    private final JavaTypes types;
    private final EmitOptions options;

    public EnumSpec(JavaTypes types, EmitOptions options) {
        this.types = types;
        this.options = options;
    }

    public TypeSpec spec(EnumType enumType) {
        ClassName name = types.named(enumType.name());
        TypeSpec.Builder spec = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC);
        if (!enumType.description().isEmpty()) {
            spec.addJavadoc("$L\n\n<p>", Javadoc.escape(enumType.description()));
        }
        spec.addJavadoc("Generated from {@code $L}.\n", Javadoc.escape(enumType.location().toString()));
        for (EnumType.Constant constant : enumType.constants()) {
            spec.addEnumConstant(constant.javaName(), TypeSpec.anonymousClassBuilder("$S", constant.wireValue()).build());
        }
        spec.addField(FieldSpec.builder(String.class, "value", Modifier.PRIVATE, Modifier.FINAL).build());
        spec.addMethod(MethodSpec.constructorBuilder()
                .addParameter(String.class, "value")
                .addStatement("this.value = value")
                .build());
        MethodSpec.Builder value = MethodSpec.methodBuilder("value")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The value as written in JSON.\n")
                .addStatement("return value");
        MethodSpec.Builder fromValue = MethodSpec.methodBuilder("fromValue")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String.class, "value")
                .returns(name)
                .addJavadoc("Returns the constant whose wire value is {@code value}.\n\n"
                        + "@throws IllegalArgumentException when no constant has that wire value\n")
                .beginControlFlow("for ($T candidate : values())", name)
                .beginControlFlow("if (candidate.value.equals(value))")
                .addStatement("return candidate")
                .endControlFlow()
                .endControlFlow()
                .addStatement("throw new $T($S + value + $S)", IllegalArgumentException.class,
                        "unknown " + enumType.name() + " value '", "'");
        if (options.jacksonAnnotations()) {
            value.addAnnotation(JavaTypes.JSON_VALUE);
            fromValue.addAnnotation(AnnotationSpec.builder(JavaTypes.JSON_CREATOR).build());
        }
        spec.addMethod(value.build());
        spec.addMethod(fromValue.build());
        spec.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return value")
                .build());
        return spec.build();
    }
}
