package org.appflowcontracts.codegen.emit.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.appflowcontracts.codegen.JavacRunner;
import org.appflowcontracts.codegen.emit.RuntimeSources;

/**
 * The generated validators' runtime classes (written from their templates into package {@code probe}, with the
 * model's runtime in {@code probe.model}, which they read timestamps with) compiled for a test to call.
 */
final class RuntimeProbe {

    /** The names of the probe's {@code PathNames}, numbered from 0, with their constants. */
    static final List<Map.Entry<String, String>> NAMES = List.of(Map.entry("tasks", "TASKS"),
            Map.entry("sourceFields", "SOURCE_FIELDS"), Map.entry("a/b~c", "A_B_C"));

    private RuntimeProbe() {
    }

    /** Compiles the runtime under {@code work} and loads its class {@code simpleName}. */
    static Class<?> compile(Path work, String simpleName) throws Exception {
        Path sources = Files.createDirectories(work.resolve("src").resolve("probe"));
        Path model = Files.createDirectories(sources.resolve("model"));
        for (Map.Entry<String, String> runtime : RuntimeSources.validationSources("probe", "probe.model")) {
            Files.writeString(sources.resolve(runtime.getKey() + ".java"), runtime.getValue());
        }
        for (Map.Entry<String, String> runtime : RuntimeSources.modelSources("probe.model", true)) {
            Files.writeString(model.resolve(runtime.getKey() + ".java"), runtime.getValue());
        }
        // The instance path reads the names of its member steps from the generated PathNames.
        JavaFile.builder("probe", PathNames.emit(ClassName.get("probe", PathNames.SIMPLE_NAME), NAMES)).build()
                .writeTo(work.resolve("src"));
        return JavacRunner.compile(work.resolve("src"), work.resolve("classes")).loadClass("probe." + simpleName);
    }
}
