package org.appflowcontracts.diff.compare;

/** Whether a change can break existing callers (requests) or readers (responses). */
public enum Compatibility {
    BREAKING, COMPATIBLE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
