package org.appflowcontracts.validator.engine;

import java.util.Objects;

/**
 * One failing keyword, as any engine reports it before the reporting model is applied. Engine-neutral: the
 * reference engine translates networknt errors into these, compiled validators emit them directly, and
 * {@link FailureReducer} turns them into violations the same way for both.
 *
 * @param keyword        the failing keyword ({@code required}, {@code pattern}, {@code appflowUnique}, ...)
 * @param pointer        JSON Pointer of the instance the failure is reported at, per the reporting model
 *                       ({@code required}: the object; {@code additionalProperties}: the unexpected member;
 *                       custom keywords: as their table says)
 * @param member         the member the failure is about when there is one (the missing member of
 *                       {@code required}, the unexpected member of {@code additionalProperties}), else null
 * @param schemaDocument absolute IRI of the schema document holding the keyword (its {@code $id})
 * @param schemaPointer  JSON Pointer of the keyword inside that document (ends with the keyword)
 * @param expected       the keyword's bound rendered for messages (a length, a pattern, the allowed values), or null
 * @param undecided      whether the failure depends on a value the document does not fix (see
 *                       {@link org.appflowcontracts.validator.format.Unknowns}): never reported, it only hides
 *                       the type-level failures a rule failure at its pointer would hide
 */
public record RawFailure(
        String keyword,
        String pointer,
        String member,
        String schemaDocument,
        String schemaPointer,
        String expected,
        boolean undecided) {

    /** A failure that holds whatever the document's unknown values are. */
    public RawFailure(String keyword, String pointer, String member, String schemaDocument, String schemaPointer,
            String expected) {
        this(keyword, pointer, member, schemaDocument, schemaPointer, expected, false);
    }

    public RawFailure {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(schemaDocument, "schemaDocument");
        Objects.requireNonNull(schemaPointer, "schemaPointer");
    }

    /** {@code document#pointer}. */
    public String schemaLocation() {
        return schemaDocument + "#" + schemaPointer;
    }
}
