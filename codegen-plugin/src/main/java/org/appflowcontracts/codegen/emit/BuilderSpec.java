package org.appflowcontracts.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.appflowcontracts.codegen.model.ObjectType;

/**
 * The nested {@code Builder} of a record: one fluent setter per component, {@code build()} hands the values
 * to the canonical constructor (which makes the collection copies). Required members are not enforced here:
 * an incomplete record is a legitimate input for the validators.
 */
public final class BuilderSpec {

    private final JavaTypes types;

    public BuilderSpec(JavaTypes types) {
        this.types = types;
    }

    public ClassName className(ClassName record) {
        return record.nestedClass("Builder");
    }

    public TypeSpec spec(ObjectType object, ClassName record) {
        ClassName builder = className(record);
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds {@link $T} values. Not thread-safe.\n", record);
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder copy = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(record, "source");
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < object.fields().size(); i++) {
            ObjectType.Field field = object.fields().get(i);
            String n = field.javaName();
            spec.addField(FieldSpec.builder(types.of(field.type()), n, Modifier.PRIVATE).build());
            copy.addStatement("this.$N = source.$N()", n, n);
            spec.addMethod(MethodSpec.methodBuilder(n)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(types.of(field.type()), n)
                    .returns(builder)
                    .addJavadoc("Sets {@code $L}$L.\n", Javadoc.escape(field.wireName()),
                            field.required() ? " (required)" : "; {@code null} removes it")
                    .addStatement("this.$N = $N", n, n)
                    .addStatement("return this")
                    .build());
            arguments.add(i == 0 ? "$N" : ", $N", n);
        }
        spec.addMethod(copy.build());
        spec.addMethod(MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(record)
                .addJavadoc("Returns a new {@link $T} with the values set so far.\n", record)
                .addStatement("return new $T($L)", record, arguments.build())
                .build());
        return spec.build();
    }
}
