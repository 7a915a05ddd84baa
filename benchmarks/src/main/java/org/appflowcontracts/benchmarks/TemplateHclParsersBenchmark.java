package org.appflowcontracts.benchmarks;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.bertramlabs.plugins.hcl4j.HCLParserException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.hcl.HclReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code .tf} file of {@link TemplateBenchmark} read by the validator's HCL reader (rewrite-hcl's ANTLR grammar,
 * then the located tree) and by hcl4j, the other maintained HCL parser on Maven Central, in the same run. hcl4j's
 * {@code parse} returns plain maps without the line and column of any value, so it is timed here as a candidate
 * only; the validator needs located values.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TemplateHclParsersBenchmark {

    private byte[] terraform;
    private String terraformText;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        terraform = TemplateInputs.terraform();
        terraformText = new String(terraform, StandardCharsets.UTF_8);
        Map<String, Object> parsed = hcl4j();
        if (!(parsed.get("resource") instanceof Map<?, ?> resources) || !resources.containsKey("aws_appflow_flow")) {
            throw new IllegalStateException("hcl4j did not read the flow resource: " + parsed.keySet());
        }
    }

    /** The validator's reader: ANTLR lexer and parser, then the located tree. */
    @Benchmark
    public LocatedDocument hclReader() throws InputException {
        return HclReader.read(terraform);
    }

    /** hcl4j: its own lexer, evaluated into maps (no positions). */
    @Benchmark
    public Map<String, Object> hcl4j() throws HCLParserException, IOException {
        return new HCLParser().parse(terraformText);
    }
}
