package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import org.appflowcontracts.codegen.types.JavaNames;

/**
 * The path steps the generated checks write, and the member names they step into, numbered: a step into a
 * member the schemas name writes
 * the member's number ({@code p.enterName(PathNames.TASK_TYPE)}), a compile-time constant, so the checks never
 * load the generated {@code PathNames} class; the instance path reads the name from it only to build the pointer
 * of a reported failure. Names are numbered in the order the code first steps into them, which the generation
 * fixes.
 */
final class PathNames {

    static final String SIMPLE_NAME = "PathNames";

    private final ClassName type;
    /** Each name's constant, in numbering order. */
    private final Map<String, String> constants = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();

    PathNames(String packageName) {
        this.type = ClassName.get(packageName, SIMPLE_NAME);
    }

    /** The statement argument entering {@code member}: {@code enterName(PathNames.CONSTANT)}. */
    CodeBlock step(String member) {
        return CodeBlock.of("enterName($T.$N)", type, constants.computeIfAbsent(member, this::constant));
    }

    /** The path step into the item whose index is in the local {@code index}. */
    static CodeBlock indexStep(String index) {
        return CodeBlock.of("enter($N)", index);
    }

    /** The path step into a member whose name only the expression {@code name} knows, at run time. */
    static CodeBlock runTimeStep(CodeBlock name) {
        return CodeBlock.of("enter($L)", name);
    }

    /** A constant named after the member (upper snake case), numbered when two names spell the same constant. */
    private String constant(String member) {
        String base = JavaNames.constant(member);
        if (base.isEmpty() || !SourceVersion.isName(base) || base.equals("NAMES")) {
            base = "MEMBER";
        }
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /** The class: a constant per name and the table the instance path reads names from. */
    TypeSpec emit() {
        return emit(type, List.copyOf(constants.entrySet()));
    }

    /** The class for names and their constants given in numbering order (also for tests of the runtime). */
    static TypeSpec emit(ClassName type, List<Map.Entry<String, String>> names) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(type).addModifiers(Modifier.FINAL)
                .addJavadoc("The member names the checks step into, by number: read only to build the pointer of a"
                        + " failure.\n");
        CodeBlock.Builder table = CodeBlock.builder().add("{");
        for (int i = 0; i < names.size(); i++) {
            spec.addField(FieldSpec.builder(int.class, names.get(i).getValue(), Modifier.STATIC, Modifier.FINAL)
                    .initializer("$L", i).build());
            table.add(i == 0 ? "$S" : ",$W$S", names.get(i).getKey());
        }
        spec.addField(FieldSpec.builder(ArrayTypeName.of(String.class), "NAMES", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer(table.add("}").build()).build());
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        spec.addMethod(MethodSpec.methodBuilder("name").addModifiers(Modifier.STATIC).returns(String.class)
                .addParameter(int.class, "number").addStatement("return NAMES[number]").build());
        return spec.build();
    }
}
