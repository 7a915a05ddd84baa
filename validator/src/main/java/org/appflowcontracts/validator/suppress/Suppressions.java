package org.appflowcontracts.validator.suppress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.engine.FailureReducer;

/**
 * Applies the suppressions of one file to its findings. A finding covered by a suppression is moved aside with
 * it; a suppression written in the file that covers nothing becomes a {@value #UNUSED_RULE_ID} warning, so that
 * stale ones do not hide the next real finding at that place.
 *
 * <pre>{@code
 * Suppressions.Applied applied = Suppressions.apply(report.violations(), suppressions);
 * applied.reported();   // what to show and count
 * applied.suppressed(); // what was not shown, and why
 * }</pre>
 */
public final class Suppressions {

    /** The id of a suppression in the file that matches no finding. */
    public static final String UNUSED_RULE_ID = "config.unused-suppression";
    /** The id of a baseline entry whose finding is no longer reported (it was fixed). */
    public static final String STALE_BASELINE_RULE_ID = "config.stale-baseline-entry";
    /** The id of a suppression in the file that cannot be read (not a list of rule ids, say). */
    public static final String INVALID_RULE_ID = "config.invalid-suppression";

    private Suppressions() {
    }

    /** Findings still reported (in report order) and the ones suppressed. */
    public record Applied(List<Violation> reported, List<Suppressed> suppressed) {
        public Applied {
            reported = List.copyOf(reported);
            suppressed = List.copyOf(suppressed);
        }
    }

    public static Applied apply(List<Violation> findings, List<Suppression> suppressions) {
        List<Violation> reported = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        Set<Suppression> used = new HashSet<>();
        List<Suppression> spent = new ArrayList<>();
        for (Violation finding : findings) {
            Suppression by = coveringOne(finding, suppressions, spent);
            if (by == null) {
                reported.add(finding);
            } else {
                suppressed.add(new Suppressed(finding, by));
                used.add(by);
                if (by.singleUse()) {
                    spent.add(by);
                }
            }
        }
        for (Suppression s : suppressions) {
            // Identity again for baseline entries: of two equal ones, one may be spent and the other stale.
            boolean unusedEntry = s.singleUse() && spent.stream().noneMatch(x -> x == s);
            if (s.reportedWhenUnused() && !used.contains(s) || unusedEntry) {
                Violation unused = unusedEntry ? stale(s) : unused(s);
                Suppression by = coveringOne(unused, suppressions, spent);
                if (by == null) {
                    reported.add(unused);
                } else {
                    suppressed.add(new Suppressed(unused, by));
                }
            }
        }
        reported.sort(FailureReducer.ORDER);
        return new Applied(reported, suppressed);
    }

    private static Suppression coveringOne(Violation finding, List<Suppression> suppressions, List<Suppression> spent) {
        for (Suppression s : suppressions) {
            // Identity, not equality: two equal baseline entries stand for two findings.
            if (s.covers(finding) && spent.stream().noneMatch(x -> x == s)) {
                return s;
            }
        }
        return null;
    }

    private static Violation unused(Suppression s) {
        String resource = s.scope() instanceof Suppression.InResource r ? r.resource() : null;
        return new Violation(UNUSED_RULE_ID, Severity.WARNING, "", "", "Nothing here is reported as " + s.ruleId()
                + " any more: remove this suppression (" + s.origin() + ").", s.line(), s.column(), resource);
    }

    /**
     * A note, not a warning: fixing a finding must not fail a {@code --strict} run. The entry still matters, as it
     * would hide the same finding should it come back, so the note says how to drop it.
     */
    private static Violation stale(Suppression s) {
        Suppression.AtFinding at = (Suppression.AtFinding) s.scope();
        return new Violation(STALE_BASELINE_RULE_ID, Severity.INFO, at.pointer(), "", s.ruleId() + " is no longer"
                + " reported here, but the " + s.origin() + " still accepts it: rewrite the baseline with"
                + " --write-baseline to drop the entry.", 0, 0);
    }

    /** A located warning about a suppression in the file that cannot be read. */
    public static Violation invalid(String message, int line, int column) {
        return new Violation(INVALID_RULE_ID, Severity.WARNING, "", "", message, line, column);
    }
}
