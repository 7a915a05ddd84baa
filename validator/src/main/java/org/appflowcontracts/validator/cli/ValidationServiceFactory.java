package org.appflowcontracts.validator.cli;

import java.util.Optional;

/** Creates the validation service for the engine chosen on the command line (empty: the library's default). */
@FunctionalInterface
public interface ValidationServiceFactory {
    ValidationService create(Optional<EngineChoice> engine);
}
