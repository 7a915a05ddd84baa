package org.appflowcontracts.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compiled CreateFlow validators of two builds timed in one JVM, in the same interleaved rounds as
 * {@link InterleavedRatios}: each build's generated validation package is loaded from its own jar or class
 * directory by a class loader of its own, everything else (Jackson, the inputs) is shared. Between two JVM runs
 * of one build the compiled ratio moves by up to ±10 % (the JIT compiles the large generated methods differently
 * from run to run); within one JVM the two builds meet the same machine, so their ratio shows smaller changes.
 * The build loaded second tends to come out a few percent faster (an A/A run shows how much): run both orders.
 * Both builds must give the same findings on every input, or nothing is timed. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.appflowcontracts.benchmarks.BuildComparison A.jar B.jar
 * [rounds [tasks...]]} (30 rounds of 3, 30 and 500 tasks by default).
 */
public final class BuildComparison {

    static final String GENERATED = "org.appflowcontracts.validator.compiled.generated.validation.";

    private BuildComparison() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BuildComparison <build A: jar or classes directory> <build B> [rounds [tasks...]]");
            System.exit(2);
        }
        MethodHandle a = validator(Path.of(args[0]));
        MethodHandle b = validator(Path.of(args[1]));
        int rounds;
        int[] sizes;
        try {
            rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
            sizes = args.length > 3 ? Arrays.stream(args, 3, args.length).mapToInt(Integer::parseInt).toArray()
                    : new int[] {3, 30, 500};
        } catch (NumberFormatException e) {
            System.err.println("rounds and task counts are whole numbers: " + e.getMessage());
            System.exit(2);
            return;
        }
        JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build()).build();
        for (int tasks : sizes) {
            byte[] json = FlowInputs.createFlow(tasks, mapper);
            JsonNode tree = mapper.readTree(json);
            String findingsA = String.valueOf(validate(a, tree));
            String findingsB = String.valueOf(validate(b, tree));
            if (!findingsA.equals(findingsB)) {
                System.err.println("tasks=" + tasks + ": the builds disagree\nA: " + findingsA + "\nB: " + findingsB);
                System.exit(1);
            }
            List<Supplier<Object>> runs = List.of(() -> mapper.readTree(json), () -> validate(a, tree),
                    () -> validate(b, tree));
            List<double[]> rows = CpuTimeRounds.measure(runs, 20, rounds, 1024);
            System.out.printf(Locale.ROOT, "tasks=%d rounds=%d | A %.3fx | B %.3fx | B/A %.3f%n", tasks, rows.size(),
                    median(rows, r -> r[1] / r[0]), median(rows, r -> r[2] / r[0]), median(rows, r -> r[2] / r[1]));
        }
    }

    /** The {@code validate} of the build at {@code build}, its generated classes loaded apart from the other's. */
    private static MethodHandle validator(Path build) throws ReflectiveOperationException, java.io.IOException {
        if (!Files.exists(build)) {
            System.err.println("no such build: " + build);
            System.exit(2);
        }
        ClassLoader loader = new GeneratedFirst(build.toUri().toURL(), BuildComparison.class.getClassLoader());
        Class<?> validator = loader.loadClass(GENERATED + "CreateFlowRequestValidator");
        return MethodHandles.publicLookup().findStatic(validator, "validate",
                MethodType.methodType(List.class, JsonNode.class));
    }

    private static Object validate(MethodHandle validator, JsonNode tree) {
        try {
            return validator.invoke(tree);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(List<double[]> rows, ToDoubleFunction<double[]> value) {
        double[] sorted = rows.stream().mapToDouble(value).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** Loads the generated validation package from its build first; every other class from the parent. */
    private static final class GeneratedFirst extends URLClassLoader {

        GeneratedFirst(URL build, ClassLoader parent) {
            super(new URL[] {build}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(GENERATED)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }
    }
}
