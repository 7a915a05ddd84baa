package org.appflowcontracts.validator.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.appflowcontracts.validator.FileReport;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.api.Test;

/**
 * A YAML template with two flows, one broken in plain values and one whose suspicious values are template
 * functions: findings come back per resource, at the template's pointers and lines, in its spelling, and none
 * depends on a value the template does not fix.
 */
class TemplatePipelineTest {

    private static final Path TWO_FLOWS = Path.of("src/test/resources/pipeline/two-flows.yaml");

    @Test
    void eachFlowResourceIsReportedInTheTemplatesTerms() throws InputException {
        FileReport report = FlowFileValidator.standard().validate(TWO_FLOWS);
        assertThat(report.format()).isEqualTo(InputFormat.CLOUDFORMATION);
        assertThat(report.resources()).extracting(FileReport.ResourceReport::resource)
                .containsExactly("AccountsFlow", "UnknownFlow");
        assertThat(report.violations()).extracting(Violation::ruleId, Violation::line, Violation::column,
                        Violation::pointer, Violation::resource)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FLOW_NAME_FORMAT", 13, 7,
                                "/Resources/AccountsFlow/Properties/FlowName", "AccountsFlow"),
                        org.assertj.core.groups.Tuple.tuple("DEST_WRITE_OP_NEEDS_ID_FIELDS", 26, 13,
                                "/Resources/AccountsFlow/Properties/DestinationFlowConfigList/0/"
                                        + "DestinationConnectorProperties/Salesforce", "AccountsFlow"));
        assertThat(report.violations().get(1).message()).contains("IdFieldNames", "WriteOperationType")
                .doesNotContain("idFieldNames");
    }

    @Test
    void aFlowWhoseWriteOperationAndNameAreTemplateFunctionsGetsNoFindingAboutThem() throws InputException {
        FileReport report = FlowFileValidator.standard().validate(TWO_FLOWS);
        FileReport.ResourceReport unknown = report.resources().get(1);
        assertThat(unknown.resource()).isEqualTo("UnknownFlow");
        assertThat(unknown.report().violations()).isEmpty();
    }

    @Test
    void aTerraformFileIsReportedInAddressSyntaxWithTheProvidersSchemaToo() throws InputException {
        FileReport report = FlowFileValidator.standard().validate(Path.of("src/test/resources/pipeline/accounts.tf"));
        assertThat(report.format()).isEqualTo(InputFormat.TERRAFORM_HCL);
        assertThat(report.violations()).extracting(Violation::ruleId, Violation::line, Violation::pointer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FLOW_NAME_FORMAT", 10, "aws_appflow_flow.accounts.name"),
                        org.assertj.core.groups.Tuple.tuple("DEST_WRITE_OP_NEEDS_ID_FIELDS", 30,
                                "aws_appflow_flow.accounts.destination_flow_config[0]."
                                        + "destination_connector_properties[0].salesforce[0]"),
                        org.assertj.core.groups.Tuple.tuple("tf.schema.additionalProperties", 51,
                                "aws_appflow_flow.accounts.task[1].task_propertys"));
        assertThat(report.violations().get(1).message()).contains("id_field_names", "write_operation_type");
        assertThat(report.violations()).allSatisfy(v -> assertThat(v.resource()).isEqualTo("aws_appflow_flow.accounts"));
    }

    @Test
    void terraformJsonDetectedFromItsContentReadsInterpolationsAsUnknown() throws InputException {
        FileReport report = FlowFileValidator.standard().validate(
                Path.of("src/test/resources/pipeline/accounts.tf.json"));
        assertThat(report.format()).isEqualTo(InputFormat.TERRAFORM_JSON);
        // "name": "${var.name}" is decided only when Terraform runs: no FLOW_NAME_FORMAT; the plain bucket name is
        // still checked.
        assertThat(report.violations()).extracting(Violation::ruleId).containsExactly("schema.minLength");
    }
}
