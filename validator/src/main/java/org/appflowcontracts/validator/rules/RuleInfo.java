package org.appflowcontracts.validator.rules;

import java.util.Objects;
import org.appflowcontracts.validator.Severity;
import tools.jackson.databind.JsonNode;

/**
 * A rule as declared by an {@code appflowRule} annotation in an overlay.
 *
 * @param id             stable rule id ({@code DEST_WRITE_OP_NEEDS_ID_FIELDS}, {@code FILTER_CONDITION_PROPERTIES.data-type})
 * @param severity       error, warning or info
 * @param summary        one line for rule listings
 * @param message        what to change, shown with each violation
 * @param explanation    why AppFlow needs it
 * @param failingExample a document that violates the rule, or null
 * @param fixedExample   the same document fixed, or null
 * @param reportedAs     the id its violations are reported under when that differs from {@code id} (a rule whose
 *                       check is a type-level keyword, e.g. {@code schema.pattern}), or null
 * @param schemaDocument absolute IRI of the overlay declaring it
 * @param schemaPointer  JSON Pointer of the rule node in that overlay
 */
public record RuleInfo(
        String id,
        Severity severity,
        String summary,
        String message,
        String explanation,
        JsonNode failingExample,
        JsonNode fixedExample,
        String reportedAs,
        String schemaDocument,
        String schemaPointer) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(schemaDocument, "schemaDocument");
        Objects.requireNonNull(schemaPointer, "schemaPointer");
        summary = summary == null ? "" : summary;
        message = message == null ? summary : message;
        explanation = explanation == null ? "" : explanation;
    }

    /** The id violations of this rule carry. */
    public String reportedId() {
        return reportedAs != null ? reportedAs : id;
    }

    /** Reads an {@code appflowRule} annotation value found at {@code pointer} in {@code document}. */
    static RuleInfo fromAnnotation(JsonNode annotation, String document, String pointer) {
        String id = text(annotation, "id");
        if (id == null || id.isBlank()) {
            throw new IllegalStateException("appflowRule without an id at " + document + "#" + pointer);
        }
        String severity = text(annotation, "severity");
        JsonNode examples = annotation.path("examples");
        return new RuleInfo(
                id,
                severity == null ? Severity.ERROR : Severity.fromWireName(severity),
                text(annotation, "summary"),
                text(annotation, "message"),
                text(annotation, "explanation"),
                examples.has("failing") ? examples.get("failing") : null,
                examples.has("fixed") ? examples.get("fixed") : null,
                text(annotation, "reportedAs"),
                document,
                pointer);
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value != null && value.isString() ? value.asString() : null;
    }
}
