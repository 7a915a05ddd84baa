package org.appflowcontracts.codegen.compiler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.codegen.parse.SchemaInput;

/**
 * Runs {@link SchemaCompiler} only when the schemas, the configuration or the compiler changed since the last
 * successful run recorded in {@code marker}.
 */
public final class IncrementalCompiler {

    private final SchemaCompiler compiler = new SchemaCompiler();

    /**
     * @param marker          where the digest of the last success is kept (one file per build execution)
     * @param compilerVersion identifies the compiler build (version and a digest of its code)
     * @return the result, or empty when everything was up to date and nothing was done
     */
    public Optional<CompileResult> compile(CompilerConfig config, Path marker, String compilerVersion) throws IOException {
        List<SchemaInput> inputs = config.source().load();
        String digest = UpToDateCheck.digest(inputs, config.fingerprint(), compilerVersion);
        UpToDateCheck check = new UpToDateCheck(marker);
        if (check.isUpToDate(digest, config.outputDirectory())) {
            return Optional.empty();
        }
        check.invalidate();
        CompileResult result = compiler.compile(config, inputs);
        check.record(digest);
        return Optional.of(result);
    }
}
