package org.appflowcontracts.validator.cli;

/**
 * The shipped contracts' {@link RuleList}, worked out by the build ({@link RuleListWriter}) and compiled into the
 * jar as a table, so that SARIF's rule table, {@code --list-rules} and {@code --explain} read no resource.
 */
public interface RuleListTable {

    /** The name of the class the build generates. */
    String GENERATED_CLASS = "org.appflowcontracts.validator.cli.generated.ShippedRuleListTable";

    /** One record per rule: id, severity, summary, message, explanation, failing and fixed example. */
    String[][] rules();
}
