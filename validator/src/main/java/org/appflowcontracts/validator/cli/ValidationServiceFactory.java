package org.appflowcontracts.validator.cli;

/** Creates the validation service for the engine chosen on the command line. */
@FunctionalInterface
public interface ValidationServiceFactory {
    ValidationService create(EngineChoice engine);
}
