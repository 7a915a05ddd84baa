package org.appflowcontracts.check;

import java.util.Locale;
import org.appflowcontracts.validator.Severity;

/**
 * The least severe finding that fails the build: {@code error} by default, {@code warning} with
 * {@code failOnWarning}, or any level named by {@code failOnSeverity}. A file that could not be checked always
 * fails it: nothing was proved about that file.
 */
public record SeverityThreshold(Severity leastFailing) {

    public static SeverityThreshold of(String failOnSeverity, boolean failOnWarning) {
        Severity named = parse(failOnSeverity);
        if (failOnWarning && named == Severity.ERROR) {
            return new SeverityThreshold(Severity.WARNING);
        }
        return new SeverityThreshold(named);
    }

    private static Severity parse(String name) {
        if (name == null || name.isBlank()) {
            return Severity.ERROR;
        }
        try {
            return Severity.fromWireName(name.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failOnSeverity '" + name + "' is not a severity: use error, "
                    + "warning or info", e);
        }
    }

    /** Whether a finding of this severity fails the build. */
    public boolean fails(Severity severity) {
        return severity.ordinal() <= leastFailing.ordinal();
    }

    /** How the documentation and messages name the threshold, e.g. {@code warning or worse}. */
    public String describe() {
        return leastFailing == Severity.ERROR ? "errors" : leastFailing.wireName() + "s or worse";
    }
}
