package org.appflowcontracts.validator.suppress;

import org.appflowcontracts.validator.Violation;

/** A finding that was not reported, and the suppression that covered it. */
public record Suppressed(Violation violation, Suppression by) {
}
