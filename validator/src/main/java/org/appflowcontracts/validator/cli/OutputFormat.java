package org.appflowcontracts.validator.cli;

/** The shapes findings can be printed in; a run builds only the formatter it prints with. */
public enum OutputFormat {
    TEXT,
    JSON,
    SARIF;

    ReportFormatter formatter() {
        return switch (this) {
            case TEXT -> new TextFormatter();
            case JSON -> new JsonFormatter();
            case SARIF -> new SarifFormatter();
        };
    }
}
