package org.appflowcontracts.validator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.appflowcontracts.validator.rules.RuleCatalog;
import org.appflowcontracts.validator.tables.StartupTablesSource;

/**
 * Writes the Java source of the shipped contracts' {@link RuleListTable}, worked out from the schemas; run by the
 * build after compiling (the validator POM's {@code rule-list} execution, compiled with the start-up tables), never
 * at run time.
 *
 * <pre>java -cp ... org.appflowcontracts.validator.cli.RuleListWriter target/generated-sources/startup-tables</pre>
 */
public final class RuleListWriter {

    private RuleListWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RuleListWriter SOURCE_DIRECTORY");
        }
        StartupTablesSource.of(RuleListTable.GENERATED_CLASS, RuleListTable.class,
                Map.of("rules", RuleList.records(RuleList.of(RuleCatalog.load())))).writeTo(Path.of(args[0]));
    }
}
