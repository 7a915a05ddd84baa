package org.appflowcontracts.validator.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the command line chose for checking: the engine ({@code --engine}; empty is the library's default) and a
 * team's own copy of the contracts folder ({@code --schemas}; empty is the bundled contracts).
 */
public record ServiceOptions(Optional<EngineChoice> engine, Optional<Path> contracts) {

    public static ServiceOptions defaults() {
        return new ServiceOptions(Optional.empty(), Optional.empty());
    }
}
