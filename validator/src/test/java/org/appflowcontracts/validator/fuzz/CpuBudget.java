package org.appflowcontracts.validator.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The processor time one input may take on the thread checking it. Measured as CPU time, not wall time, so a busy
 * machine does not turn a fast input into a finding; an input over budget fails once it is done. (A JUnit
 * {@code @Timeout} would also bound the whole fuzzing run, which is one test invocation.)
 */
final class CpuBudget {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long limitNanos;
    private final long startNanos = THREADS.getCurrentThreadCpuTime();

    private CpuBudget(long limitNanos) {
        this.limitNanos = limitNanos;
    }

    static CpuBudget seconds(int seconds) {
        return new CpuBudget(seconds * 1_000_000_000L);
    }

    /** Fails when the work since this budget started took more than its limit. */
    void requireWithin(String what) {
        long used = THREADS.getCurrentThreadCpuTime() - startNanos;
        if (used > limitNanos) {
            throw new AssertionError(what + " took " + used / 1_000_000 + " ms of CPU time, over the limit of "
                    + limitNanos / 1_000_000 + " ms");
        }
    }
}
