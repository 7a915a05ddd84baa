package org.appflowcontracts.codegen.emit.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.appflowcontracts.codegen.JavacRunner;
import org.appflowcontracts.codegen.emit.RuntimeSources;

/**
 * The generated validators' runtime classes (written from their templates into package {@code probe}, with the
 * model's runtime in {@code probe.model}, which they read timestamps with) compiled for a test to call.
 */
final class RuntimeProbe {

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
        return JavacRunner.compile(work.resolve("src"), work.resolve("classes")).loadClass("probe." + simpleName);
    }
}
