package com.example.flows;

import java.nio.file.Path;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.ValidationReport;

/** Library use as documented in the validator README: it must compile with the library's dependencies alone. */
public final class FlowCheck {

    private FlowCheck() {
    }

    public static boolean valid(Path flow) throws InputException {
        ValidationReport report = ContractValidator.forOperation("CreateFlow").validate(flow);
        return !report.hasErrors();
    }
}
