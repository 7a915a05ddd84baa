package org.appflowcontracts.validator.suppress;

import java.util.Objects;
import org.appflowcontracts.validator.Violation;

/**
 * One reason not to report certain findings: a rule id (which also covers its sub-rules, so
 * {@code CONNECTOR_OPERATOR_WHITELIST} covers {@code CONNECTOR_OPERATOR_WHITELIST.zendesk}) within a scope.
 *
 * @param ruleId        the rule id suppressed
 * @param kind          in the checked file itself, or outside it (command line, configuration, baseline)
 * @param scope         which findings of the rule it covers
 * @param justification why, as the user wrote it, or empty
 * @param origin        where the suppression is written, for people ({@code --ignore}, {@code line 12 comment},
 *                      {@code .appflow-contracts.yaml: legacy/**}, {@code baseline appflow-baseline.json})
 * @param line          1-based line of an in-source suppression in the checked file, else 0
 * @param column        1-based column of an in-source suppression in the checked file, else 0
 */
public record Suppression(String ruleId, Kind kind, Scope scope, String justification, String origin, int line,
        int column) {

    public Suppression {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(origin, "origin");
    }

    /** SARIF's two kinds of suppression. */
    public enum Kind {
        IN_SOURCE("inSource"), EXTERNAL("external");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** Which findings of the rule a suppression covers. */
    public sealed interface Scope permits WholeFile, OnLine, InResource, AtFinding {
        boolean covers(Violation v);
    }

    /** Every finding of the rule in the file. */
    public record WholeFile() implements Scope {
        @Override
        public boolean covers(Violation v) {
            return true;
        }
    }

    /** Findings reported on one line of the file. */
    public record OnLine(int line) implements Scope {
        @Override
        public boolean covers(Violation v) {
            return v.line() == line;
        }
    }

    /**
     * Findings of one template resource: a CloudFormation logical id, or a Terraform address (which also covers
     * the {@code [...]} instances of a resource with {@code count} or {@code for_each}).
     */
    public record InResource(String resource) implements Scope {
        @Override
        public boolean covers(Violation v) {
            return v.resource() != null
                    && (v.resource().equals(resource) || v.resource().startsWith(resource + "["));
        }
    }

    /** One finding of a baseline, matched by its pointer and fingerprint (never by line, which shifts). */
    public record AtFinding(String pointer, String fingerprint) implements Scope {
        @Override
        public boolean covers(Violation v) {
            return v.pointer().equals(pointer) && Fingerprint.of(v).equals(fingerprint);
        }
    }

    public boolean covers(Violation v) {
        return (v.ruleId().equals(ruleId) || v.ruleId().startsWith(ruleId + ".")) && scope.covers(v);
    }

    /** A suppression covering one finding only (a baseline entry), so two equal findings need two entries. */
    public boolean singleUse() {
        return scope instanceof AtFinding;
    }

    /** Whether a suppression that covers nothing is reported: those written in the file, which can go stale. */
    public boolean reportedWhenUnused() {
        return kind == Kind.IN_SOURCE;
    }
}
