package org.appflowcontracts.schemas.seed;

import java.util.List;

/** One field named by a syntax block: its path, its kind and, for enums, the values listed in the block. */
record SeedField(FieldPath path, ValueKind kind, List<String> enumValues) {

    SeedField {
        enumValues = List.copyOf(enumValues);
    }
}
