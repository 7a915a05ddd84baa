package org.appflowcontracts.codegen.model;

import java.util.Objects;

/** The {@code appflowRule} annotation of a rule node: identity and reporting data of a rule. */
public record RuleInfo(String id, RuleSeverity severity, String message, String summary, String reportedAs) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        summary = summary == null ? "" : summary;
    }

    /** The id violations are reported under: {@code reportedAs} when the rule sets it, else {@code id}. */
    public String reportedId() {
        return reportedAs == null || reportedAs.isEmpty() ? id : reportedAs;
    }
}
