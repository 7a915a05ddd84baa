package org.appflowcontracts.validator.cli;

/** Creates the validation service for what was chosen on the command line. */
@FunctionalInterface
public interface ValidationServiceFactory {
    ValidationService create(ServiceOptions options);
}
