package org.appflowcontracts.validator.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options about project configuration and suppressions, kept together as one picocli mixin. */
public final class SuppressionOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this configuration file for every file checked, instead of the nearest "
                    + ".appflow-contracts.yaml in the file's directory or above; its globs are relative to the working "
                    + "directory.")
    Path config;

    @Option(names = "--no-config", description = "Use no configuration file.")
    boolean noConfig;

    @Option(names = "--ignore", paramLabel = "RULE_ID", split = ",",
            description = "Do not report these rules (comma-separated; a rule id also covers its sub-rules).")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Do not report the findings accepted in this baseline (written by --write-baseline).")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write every finding reported to FILE as accepted, so later runs with --baseline FILE "
                    + "fail on new findings only.")
    Path writeBaseline;

    /** Whether any of these options was given; none of them goes with --list-rules or --explain. */
    boolean any() {
        return config != null || noConfig || !ignore.isEmpty() || baseline != null || writeBaseline != null;
    }
}
