package org.appflowcontracts.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.appflowcontracts.validator.compiled.generated.validation.CreateFlowRequestValidator;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ratios to {@code readTree} of {@link ValidationBenchmark} (bare walk, schema-only validator, compiled
 * validator) measured in interleaved rounds: each round times every workload for a short slice, one after the
 * other, and the ratio is taken within the round; the median over the rounds is printed. On a machine shared with
 * other work the load changes between JMH's consecutive benchmarks, but hardly within one round, so these ratios
 * stay put where JMH's absolute figures do not. Times are the thread's CPU time, so waiting for a core is not
 * counted either (what other processes do to the caches still is). Run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.appflowcontracts.benchmarks.InterleavedRatios [rounds [tasks...]]}
 * (60 rounds of 3, 30 and 500 tasks by default).
 */
public final class InterleavedRatios {

    private static final long SLICE_NANOS = 20_000_000L;
    private static final int WARMUP_ROUNDS = 200;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private InterleavedRatios() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {3, 30, 500};
        JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build()).build();
        for (int tasks : sizes) {
            byte[] json = FlowInputs.createFlow(tasks, mapper);
            JsonNode tree = mapper.readTree(json);
            Map<String, Supplier<Object>> workloads = new LinkedHashMap<>();
            workloads.put("readTree", () -> mapper.readTree(json));
            workloads.put("walkTreeOnly", () -> TreeWalk.visit(tree));
            workloads.put("shapesOnlyValidatorTree",
                    () -> org.appflowcontracts.benchmarks.shapes.validation.CreateFlowRequestValidator.validate(tree));
            workloads.put("generatedValidatorTree", () -> CreateFlowRequestValidator.validate(tree));
            report(tasks, measure(workloads, rounds));
        }
    }

    /** Nanoseconds per operation of each workload, one row per measured round. */
    private static List<double[]> measure(Map<String, Supplier<Object>> workloads, int rounds) {
        List<Supplier<Object>> runs = List.copyOf(workloads.values());
        List<double[]> rows = new ArrayList<>();
        for (int round = 0; round < WARMUP_ROUNDS / 10 + rounds; round++) {
            double[] row = new double[runs.size()];
            for (int w = 0; w < runs.size(); w++) {
                row[w] = slice(runs.get(w), round < WARMUP_ROUNDS / 10 ? SLICE_NANOS * 5 : SLICE_NANOS);
            }
            if (round >= WARMUP_ROUNDS / 10) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Nanoseconds of this thread's CPU time per operation, over about {@code nanos} of it: time the thread spends
     * waiting for a core (other processes' load) is not counted. The clock is read once per batch of operations.
     */
    private static double slice(Supplier<Object> run, long nanos) {
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
            batch = Math.min(batch * 2, 1024);
            now = THREADS.getCurrentThreadCpuTime();
        } while (now < end);
        if (sink < 0) {
            throw new AssertionError();
        }
        return (double) (now - start) / ops;
    }

    private static void report(int tasks, List<double[]> rows) {
        String[] names = {"readTree", "walkTreeOnly", "shapesOnlyValidatorTree", "generatedValidatorTree"};
        StringBuilder line = new StringBuilder("tasks=" + tasks + " rounds=" + rows.size());
        for (int w = 0; w < names.length; w++) {
            int column = w;
            double micros = median(rows.stream().mapToDouble(r -> r[column]).toArray()) / 1000;
            double ratio = median(rows.stream().mapToDouble(r -> r[column] / r[0]).toArray());
            line.append(String.format(java.util.Locale.ROOT, " | %s %.2f us %.3fx", names[w], micros, ratio));
        }
        System.out.println(line);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
