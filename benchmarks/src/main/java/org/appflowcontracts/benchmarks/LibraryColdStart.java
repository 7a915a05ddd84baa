package org.appflowcontracts.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.ValidationReport;

/**
 * What a library user pays on the first validation in a fresh JVM: {@code ContractValidator.forOperation} and
 * one {@code validate}, timed inside the process (run by {@code benchmarks/startup.sh} as a new process each
 * time). Prints {@code forOperation_ms validate_ms total_ms findings}; the findings count shows the validation
 * really ran. With {@code -Dcpu=true} it also prints the CPU time of the calling thread over the same span, the
 * figure to compare on a busy machine, where waiting for a core inflates the wall time (the management classes
 * that measure it are then loaded before the span starts).
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
        ThreadMXBean threads = Boolean.getBoolean("cpu") ? ManagementFactory.getThreadMXBean() : null;
        long cpuStart = threads == null ? 0 : threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ContractValidator validator = ContractValidator.forOperation(operation);
        long created = System.nanoTime();
        ValidationReport report = validator.validate(content, args[0]);
        long validated = System.nanoTime();
        long cpu = threads == null ? 0 : threads.getCurrentThreadCpuTime() - cpuStart;
        String line = String.format("%.1f %.1f %.1f %d", (created - start) / 1e6, (validated - created) / 1e6,
                (validated - start) / 1e6, report.violations().size());
        System.out.println(threads == null ? line : line + String.format(" %.1f", cpu / 1e6));
    }
}
