package org.appflowcontracts.benchmarks;

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

    private static final int WARMUP_ROUNDS = 200;


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
            report(tasks, CpuTimeRounds.measure(List.copyOf(workloads.values()), WARMUP_ROUNDS / 10, rounds, 1024));
        }
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
