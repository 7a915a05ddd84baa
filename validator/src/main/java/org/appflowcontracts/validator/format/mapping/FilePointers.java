package org.appflowcontracts.validator.format.mapping;

import java.util.Map;

/**
 * Where a request's values came from in the resource body, as a recording mapping pass noted them.
 *
 * @param values the body pointer of every request value the body writes
 * @param keys   for a map member the body writes as a list entry ({@code {Key, Value}}), the body pointer of the
 *               entry's key: where the member's name, rather than its value, is written
 */
public record FilePointers(Map<String, String> values, Map<String, String> keys) {

    public FilePointers {
        values = Map.copyOf(values);
        keys = Map.copyOf(keys);
    }
}
