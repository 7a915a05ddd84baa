package org.appflowcontracts.benchmarks;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.appflowcontracts.validator.FileReport;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.InputFormat;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The same 30-task flow read and checked as a user's file of each kind — an API body (JSON, and YAML as Jackson
 * writes it and as people write it), a CloudFormation template (YAML and JSON) and a Terraform {@code .tf} file —
 * through the library's file entry point, so the ratios show what reading a template or HCL and mapping it to the
 * request adds to the API-body path of the same syntax.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TemplateBenchmark {

    private final FlowFileValidator files = FlowFileValidator.standard();
    private byte[] apiBody;
    private byte[] apiBodyYaml;
    private byte[] apiBodyYamlPlain;
    private byte[] template;
    private byte[] templateJson;
    private byte[] terraform;

    @Setup(Level.Trial)
    public void setUp() throws InputException {
        apiBody = FlowInputs.createFlow(TemplateInputs.TASKS, JsonMapper.builder().build());
        apiBodyYaml = TemplateInputs.apiBodyYamlQuoted(apiBody);
        apiBodyYamlPlain = TemplateInputs.apiBodyYamlPlain(apiBody);
        template = TemplateInputs.cloudFormationYaml();
        templateJson = TemplateInputs.cloudFormationJson();
        terraform = TemplateInputs.terraform();
        expect(apiBody(), InputFormat.API_BODY);
        expect(apiBodyYaml(), InputFormat.API_BODY);
        expect(apiBodyYamlPlain(), InputFormat.API_BODY);
        expect(cloudFormationYaml(), InputFormat.CLOUDFORMATION);
        expect(cloudFormationJson(), InputFormat.CLOUDFORMATION);
        expect(terraformHcl(), InputFormat.TERRAFORM_HCL);
    }

    // Every input must declare one flow without a single finding, or the benchmark would time error paths.
    private static void expect(FileReport report, InputFormat format) {
        if (report.format() != format || report.resources().size() != 1 || !report.violations().isEmpty()) {
            throw new IllegalStateException("the " + format.optionName() + " benchmark input must declare one "
                    + "valid flow: " + report);
        }
    }

    @Benchmark
    public FileReport apiBody() throws InputException {
        return files.validate(apiBody, "flow.json", Optional.empty());
    }

    /** The API body in YAML as Jackson writes it (strings double-quoted). */
    @Benchmark
    public FileReport apiBodyYaml() throws InputException {
        return files.validate(apiBodyYaml, "flow.yaml", Optional.empty());
    }

    /** The API body in YAML written as the template writes its values (plain scalars). */
    @Benchmark
    public FileReport apiBodyYamlPlain() throws InputException {
        return files.validate(apiBodyYamlPlain, "flow.yaml", Optional.empty());
    }

    /** The template in JSON: its baseline is the JSON API body. */
    @Benchmark
    public FileReport cloudFormationJson() throws InputException {
        return files.validate(templateJson, "stack.json", Optional.empty());
    }

    @Benchmark
    public FileReport cloudFormationYaml() throws InputException {
        return files.validate(template, "stack.yaml", Optional.empty());
    }

    @Benchmark
    public FileReport terraformHcl() throws InputException {
        return files.validate(terraform, "main.tf", Optional.empty());
    }
}
