package org.appflowcontracts.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Interleaved rounds of thread CPU time: every round times each workload for a slice of this thread's CPU time,
 * so workloads compared within a round share the machine's state, and time spent waiting for a core (other
 * processes' load) is not counted. The first rounds warm up with longer slices and are not kept.
 */
final class CpuTimeRounds {

    private static final long SLICE_NANOS = 20_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeRounds() {
    }

    /** Nanoseconds per operation of each workload, one row per measured round. */
    static List<double[]> measure(List<Supplier<Object>> runs, int warmupRounds, int rounds, int maxBatch) {
        List<double[]> rows = new ArrayList<>();
        for (int round = 0; round < warmupRounds + rounds; round++) {
            double[] row = new double[runs.size()];
            for (int w = 0; w < runs.size(); w++) {
                row[w] = slice(runs.get(w), round < warmupRounds ? SLICE_NANOS * 5 : SLICE_NANOS, maxBatch);
            }
            if (round >= warmupRounds) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Nanoseconds of CPU time per operation over about {@code nanos} of it; the clock is read once per batch. */
    private static double slice(Supplier<Object> run, long nanos, int maxBatch) {
        long start = THREADS.getCurrentThreadCpuTime();
        long end = start + nanos;
        long ops = 0;
        int sink = 0;
        long now;
        int batch = 1;
        do {
            for (int i = 0; i < batch; i++) {
                sink += System.identityHashCode(run.get()) & 1;
            }
            ops += batch;
            batch = Math.min(batch * 2, maxBatch);
            now = THREADS.getCurrentThreadCpuTime();
        } while (now < end);
        if (sink < 0) {
            throw new AssertionError();
        }
        return (double) (now - start) / ops;
    }
}
