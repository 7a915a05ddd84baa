package org.appflowcontracts.validator.format.mapping;

import java.util.List;
import java.util.Map;

/**
 * Where a request's values came from in the resource body, as a recording mapping pass noted them.
 *
 * @param values the body pointer of every request value the body writes
 * @param keys   for a map member the body writes as a list entry ({@code {Key, Value}}), the body pointer of the
 *               entry's key: where the member's name, rather than its value, is written
 * @param leftOut by the pointer of a request object, the members the body writes in it that the request leaves
 *                out, in the body's order
 */
public record FilePointers(Map<String, String> values, Map<String, String> keys,
        Map<String, List<LeftOutMember>> leftOut) {

    public FilePointers {
        values = Map.copyOf(values);
        keys = Map.copyOf(keys);
        leftOut = Map.copyOf(leftOut);
    }

    /** Pointers of a body that writes no member the request leaves out. */
    public FilePointers(Map<String, String> values, Map<String, String> keys) {
        this(values, keys, Map.of());
    }
}
