package org.appflowcontracts.validator.format.mapping;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Member names a file writes as values ({@code Key: SOURCE_DATA_TYPE} of a {@code {Key, Value}} list), given as the
 * one interned instance of their text: the JSON reader interns the names an API body writes as names, and the
 * compiled validators' look-ups of such names are decided by an identity comparison. Interning is costly, so each
 * text is interned once and remembered; only a bounded number of short texts are, so that a file cannot fill memory.
 */
final class CanonicalNames {

    private static final int MAX_REMEMBERED = 4096;
    private static final int MAX_LENGTH = 128;
    private static final ConcurrentHashMap<String, String> REMEMBERED = new ConcurrentHashMap<>();

    private CanonicalNames() {
    }

    /** The interned instance of {@code name}'s text, or {@code name} itself beyond the bounds. */
    static String of(String name) {
        String known = REMEMBERED.get(name);
        if (known != null) {
            return known;
        }
        if (name.length() > MAX_LENGTH || REMEMBERED.size() >= MAX_REMEMBERED) {
            return name;
        }
        String interned = name.intern();
        REMEMBERED.putIfAbsent(interned, interned);
        return interned;
    }
}
