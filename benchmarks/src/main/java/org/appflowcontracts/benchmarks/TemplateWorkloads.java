package org.appflowcontracts.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.FindingsInFile;
import org.appflowcontracts.validator.format.InputFormat;
import org.appflowcontracts.validator.format.cloudformation.CloudFormationAdapter;
import org.appflowcontracts.validator.format.resource.ResourceSchemaCheck;
import org.appflowcontracts.validator.format.terraform.TerraformAdapter;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.parse.hcl.HclReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The paths of {@link TemplateBenchmark} (end to end through {@link FlowFileValidator}) and the stages of
 * {@link TemplateStagesBenchmark}, by name, for {@link TemplateInterleaved}. The first is the JSON API body.
 */
final class TemplateWorkloads {

    /** A workload that may throw a checked exception. */
    private interface Run {
        Object run() throws InputException;
    }

    private TemplateWorkloads() {}

    static Map<String, Supplier<Object>> all() throws InputException {
        FlowFileValidator files = FlowFileValidator.standard();
        ContractValidator createFlow = ContractValidator.forOperation("CreateFlow");
        byte[] apiBody = FlowInputs.createFlow(TemplateInputs.TASKS, JsonMapper.builder().build());
        byte[] yamlQuoted = TemplateInputs.apiBodyYamlQuoted(apiBody);
        byte[] yamlPlain = TemplateInputs.apiBodyYamlPlain(apiBody);
        byte[] template = TemplateInputs.cloudFormationYaml();
        byte[] templateJson = TemplateInputs.cloudFormationJson();
        byte[] terraform = TemplateInputs.terraform();
        LocatedDocument body = LocatedParser.parse(apiBody, "flow.json");
        LocatedDocument templateDoc = CloudFormationAdapter.parse(templateJson, "stack.json");
        LocatedDocument terraformDoc = HclReader.read(terraform);
        LocatedDocument templateRequest = FindingsInFile.unlocated(
                CloudFormationAdapter.shipped().flows(templateDoc).get(0));

        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        put(all, "apiBody", () -> files.validate(apiBody, "flow.json", Optional.empty()));
        put(all, "apiBodyYaml", () -> files.validate(yamlQuoted, "flow.yaml", Optional.empty()));
        put(all, "apiBodyYamlPlain", () -> files.validate(yamlPlain, "flow.yaml", Optional.empty()));
        put(all, "cloudFormationJson", () -> files.validate(templateJson, "stack.json", Optional.empty()));
        put(all, "cloudFormationYaml", () -> files.validate(template, "stack.yaml", Optional.empty()));
        put(all, "terraformHcl", () -> files.validate(terraform, "main.tf", Optional.empty()));
        put(all, "parseApiBody", () -> LocatedParser.parse(apiBody, "flow.json"));
        put(all, "parseApiBodyYaml", () -> LocatedParser.parse(yamlQuoted, "flow.yaml"));
        put(all, "parseApiBodyYamlPlain", () -> LocatedParser.parse(yamlPlain, "flow.yaml"));
        put(all, "parseTemplateJson", () -> CloudFormationAdapter.parse(templateJson, "stack.json"));
        put(all, "parseTemplateYaml", () -> CloudFormationAdapter.parse(template, "stack.yaml"));
        put(all, "parseTerraform", () -> HclReader.read(terraform));
        put(all, "declareTemplateFlow", () -> CloudFormationAdapter.shipped().flows(templateDoc));
        put(all, "declareTerraformFlow",
                () -> TerraformAdapter.shipped().flows(terraformDoc, InputFormat.TERRAFORM_HCL));
        ResourceSchemaCheck cloudFormation = ResourceSchemaCheck.of(InputFormat.CLOUDFORMATION, "AWS::AppFlow::Flow");
        JsonNode properties = templateDoc.root().path("Resources").path("SalesOrders").path("Properties");
        put(all, "resourceSchemaTemplate", () -> cloudFormation.check(properties));
        put(all, "validateApiBody", () -> createFlow.validate(body));
        put(all, "validateTemplateRequest", () -> createFlow.validate(templateRequest));
        return all;
    }

    private static void put(Map<String, Supplier<Object>> all, String name, Run run) {
        all.put(name, () -> {
            try {
                return run.run();
            } catch (InputException e) {
                throw new IllegalStateException(name + ": " + e.getMessage(), e);
            }
        });
    }
}
