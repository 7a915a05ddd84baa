package org.appflowcontracts.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.compiled.generated.validation.CreateFlowRequestValidator;
import org.appflowcontracts.validator.compiled.generated.validation.Finding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One CreateFlow request of {@code tasks} tasks: Jackson parsing alone (and its tokenizer alone), a bare walk over the
 * tree, reference validation of the tree, compiled validation of the tree (through the library, the generated
 * validator alone, and a validator of the type-level checks alone), and parsing followed by compiled validation. Run: {@code java -jar benchmarks/target/benchmarks.jar}.
 *
 * <p>The generated validators are thousands of methods: the JIT needs several seconds to compile them all, and
 * the parse-and-validate benchmark (fewer validations per second) reaches its steady state last. Shorter warmups
 * measure the compiler, not the validators.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidationBenchmark {

    @Param({"3", "30", "500"})
    public int tasks;

    // Reads JSON as the validator's own parser does (member names interned); the parse floor uses the same mapper.
    private final JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
            .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .build()).build();
    private byte[] json;
    private JsonNode tree;
    private ContractValidator reference;
    private ContractValidator compiled;

    @Setup(Level.Trial)
    public void setUp() {
        json = FlowInputs.createFlow(tasks, mapper);
        tree = mapper.readTree(json);
        reference = ContractValidator.forOperation("CreateFlow", EngineKind.REFERENCE);
        compiled = ContractValidator.forOperation("CreateFlow", EngineKind.COMPILED);
        if (reference.validate(tree).hasErrors() || compiled.validate(tree).hasErrors()
                || !org.appflowcontracts.benchmarks.shapes.validation.CreateFlowRequestValidator.validate(tree).isEmpty()) {
            throw new IllegalStateException("the benchmark flow must be valid: " + compiled.validate(tree).violations());
        }
    }

    @Benchmark
    public JsonNode parseOnly() {
        return mapper.readTree(json);
    }

    /**
     * Jackson's tokenizer alone, reading every member name and string value but building nothing: the floor of
     * any validator that reads the whole document, tree or no tree.
     */
    @Benchmark
    public long tokenizeOnly() {
        long chars = 0;
        try (JsonParser parser = mapper.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
                    chars += parser.getString().length();
                }
            }
        }
        return chars;
    }

    /**
     * A walk over the whole tree that visits every member and reads every string, checking nothing: the floor of
     * any validator that works on the tree.
     */
    @Benchmark
    public long walkTreeOnly() {
        return TreeWalk.visit(tree);
    }

    @Benchmark
    public ValidationReport referenceValidateTree() {
        return reference.validate(tree);
    }

    @Benchmark
    public ValidationReport compiledValidateTree() {
        return compiled.validate(tree);
    }

    @Benchmark
    public List<Finding> generatedValidatorTree() {
        return CreateFlowRequestValidator.validate(tree);
    }

    /**
     * The validator the plugin generates from the CreateFlow request schema alone (this module's build), without
     * the rule overlays: what the type-level checks (types, enums, lengths, patterns, required members) cost.
     */
    @Benchmark
    public List<org.appflowcontracts.benchmarks.shapes.validation.Finding> shapesOnlyValidatorTree() {
        return org.appflowcontracts.benchmarks.shapes.validation.CreateFlowRequestValidator.validate(tree);
    }

    @Benchmark
    public ValidationReport parseAndCompiledValidate() {
        return compiled.validate(mapper.readTree(json));
    }

    /** What a user of the library or the CLI runs: the located parser (line and column of every value) and validation. */
    @Benchmark
    public ValidationReport locatedParseAndCompiledValidate() throws InputException {
        return compiled.validate(json, "flow.json");
    }
}
