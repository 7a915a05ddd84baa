package org.appflowcontracts.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.appflowcontracts.validator.cli.Main;

/**
 * Where a batch's time goes once the process has started: the command line run in one JVM over the same batch of
 * files several times in a row, each pass timed (wall and the process's CPU). The first pass is what a one-off
 * run pays on top of start-up, the later ones what the same work costs once the JIT has compiled it; their
 * difference is the warm-up, which a JVM without an ahead-of-time code cache pays again in every process. The
 * batch is made like {@code startup.sh}'s: copies of the bundled examples' flow bodies, numbered.
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn8m -cp benchmarks/target/benchmarks.jar \
 *     org.appflowcontracts.benchmarks.BatchPasses [EXAMPLES_DIR [FILES [PASSES]]]</pre>
 */
public final class BatchPasses {

    private BatchPasses() {
    }

    public static void main(String[] args) throws IOException {
        Path examples = Path.of(args.length > 0 ? args[0] : "examples");
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path batch = Files.createTempDirectory("batch-passes");
        try {
            makeBatch(examples, batch, files);
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
            System.out.printf(Locale.ROOT, "%d files, %d passes, %d cores%n", files, passes,
                    Runtime.getRuntime().availableProcessors());
            for (int pass = 1; pass <= passes; pass++) {
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                int code = Main.run(new String[] {batch.toString()}, InputStream.nullInputStream(), discard, discard,
                        Main.contractServices(), Path.of("").toAbsolutePath());
                long wall = System.nanoTime() - start;
                System.out.printf(Locale.ROOT, "pass %d: wall %.1f ms, cpu %.1f ms, exit %d%n", pass, wall / 1e6,
                        (os.getProcessCpuTime() - cpu) / 1e6, code);
            }
        } finally {
            deleteAll(batch);
        }
    }

    private static void makeBatch(Path examples, Path batch, int files) throws IOException {
        List<Path> bodies = new ArrayList<>();
        try (Stream<Path> listed = Files.list(examples)) {
            listed.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml"))
                    .sorted().forEach(bodies::add);
        }
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException("no .json or .yaml flow files in " + examples);
        }
        for (int i = 0; i < files; i++) {
            Path body = bodies.get(i % bodies.size());
            Files.copy(body, batch.resolve(String.format(Locale.ROOT, "%05d-%s", i, body.getFileName())));
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
