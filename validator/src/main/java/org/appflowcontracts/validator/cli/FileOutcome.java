package org.appflowcontracts.validator.cli;

import java.util.List;
import org.appflowcontracts.validator.OperationChoice;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.suppress.Suppressed;

/** What happened to one input: it was checked, or it could not be read as a request. */
public sealed interface FileOutcome permits FileOutcome.Checked, FileOutcome.Failed {

    InputSource source();

    /**
     * A checked document: the findings reported, the operation it was checked as and why (null when not told),
     * and the findings its suppressions kept from the report.
     */
    record Checked(InputSource source, ValidationReport report, OperationChoice operation,
            List<Suppressed> suppressed) implements FileOutcome {

        public Checked {
            suppressed = List.copyOf(suppressed);
        }

        public Checked(InputSource source, ValidationReport report) {
            this(source, report, null, List.of());
        }
    }

    record Failed(InputSource source, InputProblem problem) implements FileOutcome {
    }
}
