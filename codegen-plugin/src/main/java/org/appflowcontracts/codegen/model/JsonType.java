package org.appflowcontracts.codegen.model;

import java.util.Locale;

/** The seven JSON Schema instance types. */
public enum JsonType {
    NULL,
    BOOLEAN,
    OBJECT,
    ARRAY,
    NUMBER,
    INTEGER,
    STRING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the type for a {@code type} keyword value, or {@code null} when the name is not a JSON type. */
    public static JsonType fromWireName(String name) {
        for (JsonType t : values()) {
            if (t.wireName().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
