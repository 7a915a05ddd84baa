package org.appflowcontracts.codegen.compiler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.appflowcontracts.codegen.parse.SchemaInput;

/**
 * Runs {@link SchemaCompiler} only when the schemas, the configuration or the compiler changed since the last
 * successful run recorded in {@code marker}, or when a file that run wrote is missing or was changed.
 */
public final class IncrementalCompiler {

    private final SchemaCompiler compiler = new SchemaCompiler();

    /**
     * @param marker          where the last success is recorded (one file per build execution)
     * @param compilerVersion identifies the compiler build (version and a digest of its code)
     * @return the result, or empty when everything was up to date and nothing was done
     */
    public Optional<CompileResult> compile(CompilerConfig config, Path marker, String compilerVersion) throws IOException {
        List<SchemaInput> inputs = config.source().load();
        String digest = UpToDateCheck.digest(inputs, config.fingerprint(), compilerVersion);
        UpToDateCheck check = new UpToDateCheck(marker);
        Optional<GenerationManifest> previous = check.previous();
        if (UpToDateCheck.isUpToDate(previous, digest, config.outputDirectory())) {
            return Optional.empty();
        }
        check.invalidate(previous);
        SchemaCompiler.Generation generation = compiler.generate(config, inputs);
        // Only files the last generation of this execution wrote may be removed: the output directory can hold
        // other executions' output or the user's own sources.
        Set<String> previouslyWritten = previous.map(m -> m.fileHashes().keySet()).orElse(Set.of());
        CompileResult result = compiler.write(generation, config.outputDirectory(), previouslyWritten);
        check.record(GenerationManifest.of(digest, generation.files()));
        return Optional.of(result);
    }
}
