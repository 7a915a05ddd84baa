package org.appflowcontracts.diff.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The checks on one value. {@code min}/{@code max} bound what the type measures (see {@link BoundUnit}); null when
 * unbounded. {@code enumValues} is empty when any value of the type is allowed; {@code pattern} null when none.
 */
public record Constraints(BigDecimal min, BigDecimal max, List<String> enumValues, String pattern) {

    public static final Constraints NONE = new Constraints(null, null, List.of(), null);

    public Constraints {
        enumValues = List.copyOf(enumValues);
    }
}
