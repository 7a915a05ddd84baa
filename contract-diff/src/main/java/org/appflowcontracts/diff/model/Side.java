package org.appflowcontracts.diff.model;

/** Which document of an operation a change is in. */
public enum Side {
    REQUEST, RESPONSE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
