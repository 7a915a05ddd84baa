package org.appflowcontracts.validator.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.Violation;

/**
 * Keeps at most {@link #MAX_FINDINGS_PER_DOCUMENT} findings of one document and replaces the rest by one counted
 * {@value #RULE_ID} finding. A run holds every document's report until it is printed, so without a per-document
 * bound a few documents with a wrong value everywhere would exhaust the heap together although each alone fits.
 */
final class FindingCap {

    /** Far more than anyone fixes in one go; a real flow with this many findings is the wrong kind of file. */
    static final int MAX_FINDINGS_PER_DOCUMENT = 1000;
    static final String RULE_ID = "report.more-findings";

    private FindingCap() {
    }

    static ValidationReport apply(ValidationReport report) {
        List<Violation> all = report.violations();
        if (all.size() <= MAX_FINDINGS_PER_DOCUMENT) {
            return report;
        }
        List<Violation> omitted = all.subList(MAX_FINDINGS_PER_DOCUMENT, all.size());
        List<Violation> kept = new ArrayList<>(all.subList(0, MAX_FINDINGS_PER_DOCUMENT));
        kept.add(summary(omitted));
        return new ValidationReport(report.operation(), kept);
    }

    /** Located where the first omitted finding is, with the severity of the worst one, so exit codes stay right. */
    private static Violation summary(List<Violation> omitted) {
        Violation first = omitted.get(0);
        Severity worst = omitted.stream().map(Violation::severity).min(Comparator.naturalOrder()).orElseThrow();
        long errors = omitted.stream().filter(v -> v.severity() == Severity.ERROR).count();
        long warnings = omitted.stream().filter(v -> v.severity() == Severity.WARNING).count();
        String message = omitted.size() + " more findings not shown (" + errors + " errors, " + warnings
                + " warnings); only the first " + MAX_FINDINGS_PER_DOCUMENT + " of a document are reported";
        return new Violation(RULE_ID, worst, first.pointer(), "", message, first.line(), first.column());
    }
}
