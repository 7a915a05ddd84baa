package org.appflowcontracts.codegen.emit;

/** Switches that shape the generated types. */
public record EmitOptions(boolean builders, boolean jacksonAnnotations) {}
