package org.appflowcontracts.validator.cli;

import org.appflowcontracts.validator.ValidationReport;

/** What happened to one input: it was checked, or it could not be read as a request. */
public sealed interface FileOutcome permits FileOutcome.Checked, FileOutcome.Failed {

    InputSource source();

    record Checked(InputSource source, ValidationReport report) implements FileOutcome {
    }

    record Failed(InputSource source, InputProblem problem) implements FileOutcome {
    }
}
