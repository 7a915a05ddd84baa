package org.appflowcontracts.validator;

import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.engine.FailureReducer;
import org.appflowcontracts.validator.format.InputFormat;

/**
 * The result of checking one file: the format it was read as and a report per AppFlow request it declares (one
 * for an API body, one per flow resource of a template, none for a template without AppFlow resources).
 */
public record FileReport(InputFormat format, List<ResourceReport> resources) {

    /** The report on one declared request; {@code resource} is null for an API body. */
    public record ResourceReport(String resource, ValidationReport report) {
    }

    public FileReport {
        resources = List.copyOf(resources);
    }

    /** Every finding of the file, in report order (line, column, rule id, pointer). */
    public List<Violation> violations() {
        List<Violation> all = new ArrayList<>();
        for (ResourceReport r : resources) {
            all.addAll(r.report().violations());
        }
        all.sort(FailureReducer.ORDER);
        return all;
    }

    public boolean hasErrors() {
        for (ResourceReport r : resources) {
            if (r.report().hasErrors()) {
                return true;
            }
        }
        return false;
    }
}
