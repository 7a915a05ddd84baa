package org.appflowcontracts.validator.format.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.DeclaredFlow;
import org.appflowcontracts.validator.format.InputFormat;
import org.appflowcontracts.validator.parse.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A mistake in a .tf file, found by the API contract on the mapped request and reported in the file's terms. */
class TerraformFindingsTest {

    private static final String UPSERT_WITHOUT_ID_FIELDS = """
            resource "aws_appflow_flow" "accounts" {
              name = "accounts-to-salesforce"
              source_flow_config {
                connector_type = "S3"
                source_connector_properties {
                  s3 {
                    bucket_name   = "accounts-landing"
                    bucket_prefix = "accounts"
                  }
                }
              }
              destination_flow_config {
                connector_type         = "Salesforce"
                connector_profile_name = "salesforce-prod"
                destination_connector_properties {
                  salesforce {
                    object               = "Account"
                    write_operation_type = "UPSERT"
                  }
                }
              }
              task {
                source_fields     = ["Id"]
                destination_field = "Id"
                task_type         = "Map"
                connector_operator {
                  s3 = "NO_OP"
                }
              }
              trigger_config {
                trigger_type = "OnDemand"
              }
            }
            """;

    @Test
    void anUpsertWithoutIdFieldsIsReportedAtItsBlockInTerraformTerms() {
        DeclaredFlow flow = TerraformFixtures.flows(UPSERT_WITHOUT_ID_FIELDS, InputFormat.TERRAFORM_HCL).get(0);

        Violation finding = ContractValidator.forOperation(flow.operation()).validate(flow.request()).violations()
                .stream().filter(v -> v.ruleId().equals("DEST_WRITE_OP_NEEDS_ID_FIELDS")).findFirst().orElseThrow();

        assertThat(flow.locator().filePointer(finding.pointer())).isEqualTo("aws_appflow_flow.accounts"
                + ".destination_flow_config[0].destination_connector_properties[0].salesforce[0]");
        assertThat(flow.locator().position(finding.pointer())).isEqualTo(new Position(16, 7));
        assertThat(finding.message()).contains("idFieldNames");
        assertThat(flow.locator().inFileTerms(finding.message())).contains("id_field_names")
                .doesNotContain("idFieldNames");
    }

    /** The keys a connector-keyed message names are the file's block names: service_now, not ServiceNow. */
    @Test
    void aMisplacedSourceBlockIsToldWithTheBlockNamesTerraformUses() {
        DeclaredFlow flow = TerraformFixtures.flows(UPSERT_WITHOUT_ID_FIELDS.replace("connector_type = \"S3\"",
                "connector_type = \"Servicenow\""), InputFormat.TERRAFORM_HCL).get(0);

        Violation finding = ContractValidator.forOperation(flow.operation()).validate(flow.request()).violations()
                .stream().filter(v -> v.ruleId().equals("SOURCE_PROPERTIES_KEY_MATCH")).findFirst().orElseThrow();

        assertThat(flow.locator().inFileTerms(finding.message())).contains("'service_now'", "'google_analytics'",
                "'infor_nexus'").doesNotContain("ServiceNow");
    }

    /** A custom connector's data_transfer_api is told with its Terraform arguments name and type. */
    @Test
    void aHalfDataTransferApiIsToldWithItsTerraformArguments() {
        String custom = UPSERT_WITHOUT_ID_FIELDS.replace("connector_type = \"S3\"", "connector_type = \"CustomConnector\"")
                .replace("s3 {", "custom_connector {").replace("bucket_prefix = \"accounts\"", "")
                .replace("bucket_name   = \"accounts-landing\"",
                        "entity_name = \"accounts\"\n data_transfer_api {\n name = \"accounts-export\"\n }");
        DeclaredFlow flow = TerraformFixtures.flows(custom, InputFormat.TERRAFORM_HCL).get(0);

        Violation finding = ContractValidator.forOperation(flow.operation()).validate(flow.request()).violations()
                .stream().filter(v -> v.ruleId().equals("CUSTOM_SOURCE_DATA_TRANSFER_API_PAIR")).findFirst()
                .orElseThrow();

        assertThat(flow.locator().inFileTerms(finding.message())).contains("'name'", "'type'", "data_transfer_api");
    }

    /** The provider's example and acceptance configurations run against AWS: their requests have no error. */
    @ParameterizedTest
    @ValueSource(strings = {"registry-example.tf", "acc-basic.tf", "acc-multiple-tasks.tf",
        "acc-metadata-catalog.tf", "awscc-registry-example.tf"})
    void thePublicConfigurationsDeclareRequestsWithoutErrors(String file) {
        DeclaredFlow flow = TerraformFixtures.flows(TerraformFixtures.resource(file), InputFormat.TERRAFORM_HCL)
                .get(0);

        assertThat(flow.request().at("/triggerConfig/triggerType").isMissingNode()).isFalse();
        assertThat(ContractValidator.forOperation(flow.operation()).validate(flow.request()).violations())
                .filteredOn(v -> v.severity() == Severity.ERROR).isEmpty();
    }
}
