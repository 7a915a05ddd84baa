package org.appflowcontracts.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.ValidationReport;

/**
 * What a library user pays on the first validation in a fresh JVM: {@code ContractValidator.forOperation} and
 * one {@code validate}, timed inside the process (run by {@code benchmarks/startup.sh} as a new process each
 * time). Prints {@code forOperation_ms validate_ms total_ms findings}; the findings count shows the validation
 * really ran.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.appflowcontracts.benchmarks.LibraryColdStart FILE [OPERATION]</pre>
 */
public final class LibraryColdStart {

    private LibraryColdStart() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LibraryColdStart FILE [OPERATION]");
            System.exit(2);
        }
        byte[] content = Files.readAllBytes(Path.of(args[0]));
        String operation = args.length > 1 ? args[1] : "CreateFlow";
        long start = System.nanoTime();
        ContractValidator validator = ContractValidator.forOperation(operation);
        long created = System.nanoTime();
        ValidationReport report = validator.validate(content, args[0]);
        long validated = System.nanoTime();
        System.out.printf("%.1f %.1f %.1f %d%n", (created - start) / 1e6, (validated - created) / 1e6,
                (validated - start) / 1e6, report.violations().size());
    }
}
