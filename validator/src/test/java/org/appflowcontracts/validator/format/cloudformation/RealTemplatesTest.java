package org.appflowcontracts.validator.format.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.FileReport;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.DeclaredFlow;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Public templates (CDK synthesized, SAM, the CloudFormation User Guide; see SOURCES.md): deployed ones declare
 * flows the contract accepts, broken ones are reported where the template is wrong.
 */
class RealTemplatesTest {

    static final Path DIR = Path.of("src/test/resources/templates/cloudformation");

    static List<Path> deployedTemplates() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("invalid-"))
                    .filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static List<DeclaredFlow> flows(Path file) throws Exception {
        LocatedDocument template = CloudFormationAdapter.parse(Files.readAllBytes(file), file.toString());
        assertThat(CloudFormationAdapter.isTemplate(template.root())).as("%s is a template", file).isTrue();
        return CloudFormationAdapter.shipped().flows(template);
    }

    static ValidationReport validate(DeclaredFlow flow) {
        return ContractValidator.forOperation(flow.operation(), EngineKind.COMPILED).validate(flow.request());
    }

    @TestFactory
    Stream<DynamicTest> deployedTemplatesDeclareFlowsTheContractAccepts() throws IOException {
        List<Path> files = deployedTemplates();
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<DeclaredFlow> flows = flows(file);
            assertThat(flows).as("flows in %s", file).isNotEmpty();
            for (DeclaredFlow flow : flows) {
                assertThat(flow.request().propertyNames()).as("mapped members of %s", flow.resource())
                        .contains("flowName", "triggerConfig", "sourceFlowConfig", "destinationFlowConfigList",
                                "tasks");
                List<Violation> errors = validate(flow).violations().stream()
                        .filter(v -> v.severity() == Severity.ERROR).toList();
                assertThat(errors).as("errors in %s of %s", flow.resource(), file).isEmpty();
                assertThat(flow.resourceFindings()).as("resource-schema findings in %s of %s", flow.resource(),
                        file).noneMatch(v -> v.severity() == Severity.ERROR);
            }
        }));
    }

    @Test
    void theTemplateReferencesExampleIsWarnedWhereItsValuesAre() throws Exception {
        FileReport report = FlowFileValidator.standard().validate(
                DIR.resolve("cfn-template-reference-salesforce-event-to-s3.template.yaml"));
        assertThat(report.violations()).extracting(Violation::ruleId, Violation::severity, Violation::line)
                .containsExactlyInAnyOrder(tuple("S3_BUCKET_NAMING", Severity.WARNING, 22),
                        tuple("PROJECTION_COVERS_FIELDS", Severity.WARNING, 46));
    }

    @Test
    void aTaskSpeltInCamelCaseIsReportedAtItsMembers() throws Exception {
        FileReport report = FlowFileValidator.standard().validate(
                DIR.resolve("invalid-aws-samples-amazon-appflow-sfdc-to-s3-camelcase-task.template.json"));
        List<Violation> errors = report.violations().stream().filter(v -> v.severity() == Severity.ERROR).toList();
        String task = "/Resources/SFDCFlow/Properties/Tasks/11";
        assertThat(errors).extracting(Violation::ruleId, Violation::pointer, Violation::line).containsExactlyInAnyOrder(
                tuple("schema.required", task, 347),
                tuple("cfn.schema.additionalProperties", task + "/taskType", 348),
                tuple("cfn.schema.additionalProperties", task + "/sourceFields", 349),
                tuple("cfn.schema.additionalProperties", task + "/connectorOperator", 362));
        assertThat(errors).filteredOn(v -> v.line() == 348).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("'TaskType'"));
    }

    @Test
    void propertiesSpeltAsTheApiSpellsThemAreReportedAtTheResource() throws Exception {
        List<DeclaredFlow> flows = flows(DIR.resolve("invalid-cfn-docs-salesforce-to-s3-api-spelling.template.json"));
        assertThat(flows).hasSize(1);
        DeclaredFlow flow = flows.get(0);
        assertThat(flow.request().isEmpty()).as("no camelCase member is placed").isTrue();
        List<Violation> required = validate(flow).violations().stream()
                .filter(v -> v.ruleId().equals("schema.required")).toList();
        assertThat(required).isNotEmpty().allSatisfy(v -> {
            assertThat(flow.locator().filePointer(v.pointer())).isEqualTo("/Resources/TestFlow/Properties");
            assertThat(flow.locator().position(v.pointer()).line()).isEqualTo(6);
        });
        assertThat(required).extracting(v -> flow.locator().inFileTerms(v.message()))
                .anySatisfy(message -> assertThat(message).contains("'FlowName'"));
    }

    @Test
    void theUserGuidesMisindentedYamlIsALocatedReadingError() {
        Path file = DIR.resolve("invalid-cfn-docs-salesforce-to-s3-indentation.template.yaml");
        assertThatThrownBy(() -> flows(file)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.line()).isBetween(24, 25));
    }

    @Test
    void anUpsertWithoutIdFieldsIsReportedInTheTemplatesTerms() throws Exception {
        DeclaredFlow flow = flows(DIR.resolve(
                "invalid-cdk-appflow-onschedule-s3-to-salesforce-upsert-without-id-fields.template.json")).get(0);
        Violation finding = validate(flow).violations().stream()
                .filter(v -> v.ruleId().equals("DEST_WRITE_OP_NEEDS_ID_FIELDS")).findFirst().orElseThrow();
        assertThat(flow.locator().filePointer(finding.pointer())).isEqualTo(
                "/Resources/OnScheduleFlow3BE8D5D0/Properties/DestinationFlowConfigList/0/DestinationConnectorProperties"
                        + "/Salesforce");
        assertThat(flow.locator().position(finding.pointer()).line()).isEqualTo(480);
        assertThat(flow.locator().inFileTerms(finding.message())).contains("IdFieldNames", "WriteOperationType")
                .doesNotContain("idFieldNames");
    }
}
