package org.appflowcontracts.validator.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.appflowcontracts.validator.rules.RuleCatalog;

/**
 * Writes the shipped contracts' {@link RuleList}; run by the build after compiling (the validator POM's
 * {@code rule-list} execution), never at run time.
 *
 * <pre>java -cp ... org.appflowcontracts.validator.cli.RuleListWriter target/classes</pre>
 */
public final class RuleListWriter {

    private RuleListWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RuleListWriter CLASSES_DIRECTORY");
        }
        Path target = Path.of(args[0]).resolve(RuleList.RESOURCE);
        Files.createDirectories(target.getParent());
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            RuleList.write(RuleList.of(RuleCatalog.load()), out);
        }
    }
}
