package org.appflowcontracts.diff.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a change is inside a request or response: member names, with {@link #ELEMENT} for a list's element and
 * {@link #VALUE} for a map's value. Empty for the document itself.
 */
public record MemberPath(List<String> segments) {

    public static final String ELEMENT = "[]";
    public static final String VALUE = "{}";
    public static final MemberPath ROOT = new MemberPath(List.of());

    public MemberPath {
        segments = List.copyOf(segments);
    }

    public MemberPath then(String segment) {
        List<String> next = new ArrayList<>(segments);
        next.add(segment);
        return new MemberPath(next);
    }

    /** The path as people write it, {@code flowExecutions[].executionResult.maxPageSize}; {@code (document)}: root. */
    public String display() {
        StringBuilder text = new StringBuilder();
        for (String segment : segments) {
            if (!segment.equals(ELEMENT) && !segment.equals(VALUE) && text.length() > 0) {
                text.append('.');
            }
            text.append(segment);
        }
        return text.length() == 0 ? "(document)" : text.toString();
    }
}
