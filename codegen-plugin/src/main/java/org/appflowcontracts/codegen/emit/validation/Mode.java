package org.appflowcontracts.codegen.emit.validation;

/**
 * How a schema node is compiled. {@code CHECK} reports every failure to the collector; {@code TEST} answers
 * only "valid, invalid or undecided" (a {@code Truth} verdict: UNKNOWN when the answer depends on a value the
 * document does not fix) and stops at the first failure. Subschemas whose failures the reporting model never
 * reports ({@code if}, {@code not}, {@code anyOf}/{@code oneOf} branches, {@code contains}, {@code where})
 * are compiled as {@code TEST}.
 */
enum Mode {
    CHECK,
    TEST
}
