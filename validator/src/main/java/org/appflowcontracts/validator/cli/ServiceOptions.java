package org.appflowcontracts.validator.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.appflowcontracts.validator.format.InputFormat;

/**
 * What the command line chose for checking: the engine ({@code --engine}; empty is the library's default) and a
 * team's own copy of the contracts folder ({@code --schemas}; empty is the bundled contracts) and the kind of
 * input files ({@code --input-format}; empty is detected per file).
 */
public record ServiceOptions(Optional<EngineChoice> engine, Optional<Path> contracts,
        Optional<InputFormat> inputFormat) {

    public ServiceOptions(Optional<EngineChoice> engine, Optional<Path> contracts) {
        this(engine, contracts, Optional.empty());
    }

    public static ServiceOptions defaults() {
        return new ServiceOptions(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
