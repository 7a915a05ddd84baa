package org.appflowcontracts.validator;

/** Which implementation evaluates the contracts. Both report identically (same reporting model). */
public enum EngineKind {
    /** Validators generated from the schemas at build time: fast, no schema loading at run time. */
    COMPILED,
    /** The networknt JSON Schema engine interpreting the schemas and overlays from the classpath. */
    REFERENCE
}
