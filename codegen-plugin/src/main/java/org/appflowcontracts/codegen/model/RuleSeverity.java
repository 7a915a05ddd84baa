package org.appflowcontracts.codegen.model;

import java.util.Locale;

/** Severity of a rule as written in the schemas. */
public enum RuleSeverity {
    ERROR,
    WARNING,
    INFO;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
