package org.appflowcontracts.validator;

import java.util.Locale;

/** How serious a finding is. Only {@link #ERROR} means AWS would reject the request. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case spelling used in schemas, JSON output and SARIF mapping. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity fromWireName(String value) {
        for (Severity s : values()) {
            if (s.wireName().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + value + "' (expected error, warning or info)");
    }
}
