package org.appflowcontracts.schemas.seed;

import java.util.Set;

/** What a placeholder in a syntax block says about a field, and which JSON Schema types express it. */
enum ValueKind {
    STRUCTURE(Set.of("object")),
    MAP(Set.of("object")),
    LIST(Set.of("array")),
    STRING(Set.of("string")),
    ENUM(Set.of("string")),
    INTEGER(Set.of("integer")),
    BOOLEAN(Set.of("boolean")),
    /** Timestamps accept epoch seconds or an RFC 3339 string (schemas README). */
    TIMESTAMP(Set.of("number", "string"));

    private final Set<String> requiredTypes;

    ValueKind(Set<String> requiredTypes) {
        this.requiredTypes = requiredTypes;
    }

    /** True when a schema whose {@code type} lists {@code schemaTypes} accepts the values this kind describes. */
    boolean isExpressedBy(Set<String> schemaTypes) {
        return schemaTypes.containsAll(requiredTypes);
    }

    String describe() {
        return name().toLowerCase(java.util.Locale.ROOT) + " " + requiredTypes;
    }
}
