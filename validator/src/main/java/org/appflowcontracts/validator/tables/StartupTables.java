package org.appflowcontracts.validator.tables;

import java.util.Optional;

/**
 * The tables a run reads before its first finding — the shipped contracts' rule metadata, the document-kind
 * detection table, the clock rules, and for templates and Terraform the API's shapes and the formats' mappings —
 * worked out by the build from the schemas and compiled into the jar as code
 * ({@code StartupTablesWriter}, then {@link StartupTablesSource}), so that a fresh process neither looks up nor
 * parses a resource for them. Each table is a list of records, a record an array of strings whose first element
 * names its kind; the class that owns a table reads it (and writes it for the build).
 *
 * <p>The arrays are shared: readers copy what they keep and never modify them.
 */
public interface StartupTables {

    /** The name of the class the build generates. */
    String GENERATED_CLASS = "org.appflowcontracts.validator.tables.generated.ShippedStartupTables";

    /** Records of {@code RuleMetadata}. */
    String[][] ruleMetadata();

    /** Records of {@code DocumentKinds}. */
    String[][] documentKinds();

    /** Records of {@code ClockRules}. */
    String[][] clockRules();

    /** Records of {@code ApiShapes}: the API's shapes, which templates and Terraform are mapped by. */
    String[][] apiShapes();

    /** Records of {@code FormatMapping}: each template or Terraform format's mapping, as its JSON text. */
    String[][] formatMappings();

    /** The build's tables; empty when running from classes the build did not finish (an IDE's compile). */
    static Optional<StartupTables> shipped() {
        return ShippedTables.TABLES;
    }
}
