package org.appflowcontracts.validator.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.FileReport;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.FormatAdapters;

/** Checks the user's flow files under two contracts folders with the reference engine and compares the outcome. */
final class FlowFileComparison {

    private final FlowFileValidator before;
    private final FlowFileValidator after;

    FlowFileComparison(Path beforeContracts, Path afterContracts) {
        this.before = new FlowFileValidator(FormatAdapters.standard(null),
                operation -> ContractValidator.forOperation(operation, beforeContracts));
        this.after = new FlowFileValidator(FormatAdapters.standard(null),
                operation -> ContractValidator.forOperation(operation, afterContracts));
    }

    FileVerdict compare(InputSource source) throws InputException {
        TreeSet<String> errorsBefore = errors(before.validate(source.path()));
        TreeSet<String> errorsAfter = errors(after.validate(source.path()));
        List<String> added = new ArrayList<>(errorsAfter);
        added.removeAll(errorsBefore);
        List<String> gone = new ArrayList<>(errorsBefore);
        gone.removeAll(errorsAfter);
        return new FileVerdict(source.displayName(), errorsBefore.isEmpty(), errorsAfter.isEmpty(), added, gone);
    }

    private static TreeSet<String> errors(FileReport report) {
        TreeSet<String> errors = new TreeSet<>();
        for (Violation v : report.violations()) {
            if (v.severity() == Severity.ERROR) {
                errors.add(v.ruleId() + " at " + (v.resource() == null ? "" : v.resource() + " ")
                        + (v.pointer().isEmpty() ? "(document)" : v.pointer()));
            }
        }
        return errors;
    }
}
