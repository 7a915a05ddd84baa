package org.appflowcontracts.validator.cli;

/** Which evaluator checks the contracts: generated validators, or the schema interpreter they are proved against. */
public enum EngineChoice {
    COMPILED,
    REFERENCE
}
