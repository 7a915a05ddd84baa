package org.appflowcontracts.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.DeclaredFlow;
import org.appflowcontracts.validator.format.FindingsInFile;
import org.appflowcontracts.validator.format.InputFormat;
import org.appflowcontracts.validator.format.cloudformation.CloudFormationAdapter;
import org.appflowcontracts.validator.format.resource.ResourceSchemaCheck;
import org.appflowcontracts.validator.format.terraform.TerraformAdapter;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stages of {@link TemplateBenchmark}'s paths one at a time, for the decomposition of where a template's or a
 * {@code .tf} file's time goes: the parse into a located tree, the declaration of the flow (a template's function
 * values resolved, the body mapped to the request, the resource schema checked), the resource-schema check alone
 * and the compiled contract on the request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TemplateStagesBenchmark {

    private final ContractValidator createFlow = ContractValidator.forOperation("CreateFlow");
    private byte[] apiBody;
    private byte[] templateJson;
    private byte[] apiBodyYaml;
    private byte[] template;
    private byte[] terraform;
    private LocatedDocument apiBodyDocument;
    private LocatedDocument templateDocument;
    private LocatedDocument terraformDocument;
    private JsonNode templateProperties;
    private JsonNode terraformBody;
    private LocatedDocument templateRequest;
    private LocatedDocument terraformRequest;

    @Setup(Level.Trial)
    public void setUp() throws InputException {
        apiBody = FlowInputs.createFlow(TemplateInputs.TASKS, JsonMapper.builder().build());
        templateJson = TemplateInputs.cloudFormationJson();
        apiBodyYaml = TemplateInputs.apiBodyYamlQuoted(apiBody);
        template = TemplateInputs.cloudFormationYaml();
        terraform = TemplateInputs.terraform();
        apiBodyDocument = LocatedParser.parse(apiBody, "flow.json");
        templateDocument = parseTemplateYaml();
        terraformDocument = parseTerraform();
        templateProperties = templateDocument.root().path("Resources").path("SalesOrders").path("Properties");
        terraformBody = terraformDocument.root().path("resource").path("aws_appflow_flow").path("sales_orders");
        templateRequest = FindingsInFile.unlocated(only(declareTemplateFlow()));
        terraformRequest = FindingsInFile.unlocated(only(declareTerraformFlow()));
    }

    private static DeclaredFlow only(List<DeclaredFlow> flows) {
        if (flows.size() != 1 || !flows.get(0).resourceFindings().isEmpty()) {
            throw new IllegalStateException("the benchmark input must declare one flow without findings: " + flows);
        }
        return flows.get(0);
    }

    @Benchmark
    public LocatedDocument parseApiBody() throws InputException {
        return LocatedParser.parse(apiBody, "flow.json");
    }

    @Benchmark
    public LocatedDocument parseTemplateJson() throws InputException {
        return CloudFormationAdapter.parse(templateJson, "stack.json");
    }

    @Benchmark
    public LocatedDocument parseApiBodyYaml() throws InputException {
        return LocatedParser.parse(apiBodyYaml, "flow.yaml");
    }

    @Benchmark
    public LocatedDocument parseTemplateYaml() throws InputException {
        return CloudFormationAdapter.parse(template, "stack.yaml");
    }

    @Benchmark
    public LocatedDocument parseTerraform() throws InputException {
        return HclReader.read(terraform);
    }

    /** Function values resolved, body mapped to the request, resource schema checked. */
    @Benchmark
    public List<DeclaredFlow> declareTemplateFlow() {
        return CloudFormationAdapter.shipped().flows(templateDocument);
    }

    /** Resource body found, mapped to the request, resource schema checked. */
    @Benchmark
    public List<DeclaredFlow> declareTerraformFlow() {
        return TerraformAdapter.shipped().flows(terraformDocument, InputFormat.TERRAFORM_HCL);
    }

    @Benchmark
    public List<Violation> resourceSchemaTemplate() {
        return ResourceSchemaCheck.of(InputFormat.CLOUDFORMATION, "AWS::AppFlow::Flow").check(templateProperties);
    }

    @Benchmark
    public List<Violation> resourceSchemaTerraform() {
        return ResourceSchemaCheck.of(InputFormat.TERRAFORM_HCL, "aws_appflow_flow").check(terraformBody);
    }

    @Benchmark
    public ValidationReport validateApiBody() {
        return createFlow.validate(apiBodyDocument);
    }

    @Benchmark
    public ValidationReport validateTemplateRequest() {
        return createFlow.validate(templateRequest);
    }

    @Benchmark
    public ValidationReport validateTerraformRequest() {
        return createFlow.validate(terraformRequest);
    }
}
