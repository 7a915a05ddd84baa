package org.appflowcontracts.validator.cli;

/** The shapes findings can be printed in. */
public enum OutputFormat {
    TEXT(new TextFormatter()),
    JSON(new JsonFormatter()),
    SARIF(new SarifFormatter());

    private final ReportFormatter formatter;

    OutputFormat(ReportFormatter formatter) {
        this.formatter = formatter;
    }

    ReportFormatter formatter() {
        return formatter;
    }
}
