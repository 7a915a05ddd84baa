package org.appflowcontracts.diff.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** One version of the contract: where it was read from and its operations by name (sorted). */
public record Contract(String source, Map<String, Operation> operations) {

    public Contract {
        Objects.requireNonNull(source, "source");
        operations = java.util.Collections.unmodifiableMap(new TreeMap<>(operations));
    }
}
