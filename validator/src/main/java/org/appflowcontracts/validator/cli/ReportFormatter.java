package org.appflowcontracts.validator.cli;

import java.io.PrintWriter;

/** Prints a run's findings to standard output in one format. Input problems go to standard error elsewhere. */
public interface ReportFormatter {
    void write(RunResult run, PrintWriter out);

    /** Whether the output describes the rule catalog, which is then loaded; most formats only print findings. */
    default boolean needsRuleCatalog() {
        return false;
    }
}
