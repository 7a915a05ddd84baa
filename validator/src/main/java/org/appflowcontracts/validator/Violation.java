package org.appflowcontracts.validator;

import java.util.Objects;

/**
 * One finding in one document.
 *
 * @param ruleId         a catalog rule id (e.g. {@code DEST_WRITE_OP_NEEDS_ID_FIELDS}) or a type-level id
 *                       ({@code schema.required}, {@code schema.enum}, ...)
 * @param severity       error, warning or info
 * @param pointer        JSON Pointer (RFC 6901) of the offending value in the document; {@code ""} is the root
 * @param schemaLocation where in the schemas the failing check lives (file#pointer), for people debugging rules
 * @param message        what to change, in plain words
 * @param line           1-based line of the offending value, or 0 when the input had no positions
 * @param column         1-based column of the offending value, or 0 when the input had no positions
 * @param resource       the template resource the finding belongs to (a CloudFormation logical id, a Terraform
 *                       address such as {@code aws_appflow_flow.accounts}), or null for an API request body
 */
public record Violation(
        String ruleId,
        Severity severity,
        String pointer,
        String schemaLocation,
        String message,
        int line,
        int column,
        String resource) {

    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(schemaLocation, "schemaLocation");
        Objects.requireNonNull(message, "message");
    }

    /** A finding in an API request body, which belongs to no template resource. */
    public Violation(String ruleId, Severity severity, String pointer, String schemaLocation, String message,
            int line, int column) {
        this(ruleId, severity, pointer, schemaLocation, message, line, column, null);
    }
}
