package org.appflowcontracts.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link TemplateBenchmark} and {@link TemplateStagesBenchmark} measured in interleaved rounds of the thread's CPU
 * time, as {@link InterleavedRatios} does for the validation: each round times every workload for a short slice,
 * one after the other, and ratios are taken within the round (median over the rounds), so the load of a shared
 * machine, which changes between JMH's consecutive benchmarks, hardly moves them. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.appflowcontracts.benchmarks.TemplateInterleaved [rounds
 * [workload...]]} (40 rounds of every workload by default). {@code profile <workload> <seconds>} runs one workload
 * in a loop, for a profiler attached to the JVM (JFR's {@code -XX:StartFlightRecording}).
 */
public final class TemplateInterleaved {

    private static final int WARMUP_ROUNDS = 20;
    /** Each template path and the API body of the same syntax it is measured against. */
    private static final String[][] PAIRS = {{"cloudFormationJson", "apiBody"},
        {"cloudFormationYaml", "apiBodyYaml"}, {"cloudFormationYaml", "apiBodyYamlPlain"}};

    private TemplateInterleaved() {}

    public static void main(String[] args) throws Exception {
        Map<String, Supplier<Object>> all = TemplateWorkloads.all();
        if (args.length == 3 && args[0].equals("profile")) {
            profile(all.get(args[1]), Long.parseLong(args[2]) * 1_000_000_000L);
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<String> names = args.length > 1 ? List.of(Arrays.copyOfRange(args, 1, args.length))
                : List.copyOf(all.keySet());
        List<Supplier<Object>> runs = new ArrayList<>();
        for (String name : names) {
            runs.add(all.get(name));
        }
        report(names, CpuTimeRounds.measure(runs, WARMUP_ROUNDS, rounds, 256));
    }

    private static void profile(Supplier<Object> run, long nanos) {
        long end = System.nanoTime() + nanos;
        int sink = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                sink += System.identityHashCode(run.get()) & 1;
            }
        }
        System.out.println(sink >= 0 ? "done" : "");
    }

    /** Each workload's median CPU time, and its median ratio to the first workload within a round. */
    private static void report(List<String> names, List<double[]> rows) {
        System.out.printf(Locale.ROOT, "%d rounds; ratios to %s, taken within each round%n", rows.size(),
                names.get(0));
        for (int w = 0; w < names.size(); w++) {
            int column = w;
            double micros = median(rows.stream().mapToDouble(r -> r[column]).toArray()) / 1000;
            double ratio = median(rows.stream().mapToDouble(r -> r[column] / r[0]).toArray());
            System.out.printf(Locale.ROOT, "%-28s %9.1f us %7.3fx%n", names.get(w), micros, ratio);
        }
        for (String[] pair : PAIRS) {
            int template = names.indexOf(pair[0]);
            int body = names.indexOf(pair[1]);
            if (template >= 0 && body >= 0) {
                double ratio = median(rows.stream().mapToDouble(r -> r[template] / r[body]).toArray());
                System.out.printf(Locale.ROOT, "%s / %s, within each round: %.3fx%n", pair[0], pair[1], ratio);
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
