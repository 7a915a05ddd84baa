package org.appflowcontracts.validator.format.terraform;

import static org.appflowcontracts.validator.format.terraform.TerraformFixtures.flows;
import static org.appflowcontracts.validator.format.terraform.TerraformFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.appflowcontracts.validator.format.DeclaredFlow;
import org.appflowcontracts.validator.format.InputFormat;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.parse.Position;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TerraformAdapterTest {

    @Test
    void theRegistryExampleDeclaresOneCreateFlowRequest() {
        List<DeclaredFlow> found = flows(resource("registry-example.tf"), InputFormat.TERRAFORM_HCL);

        assertThat(found).hasSize(1);
        DeclaredFlow flow = found.get(0);
        JsonNode request = flow.request();
        assertThat(flow.resource()).isEqualTo("aws_appflow_flow.example");
        assertThat(flow.operation()).isEqualTo("CreateFlow");
        assertThat(request.get("flowName").asString()).isEqualTo("example");
        assertThat(request.at("/sourceFlowConfig/connectorType").asString()).isEqualTo("S3");
        assertThat(request.at("/sourceFlowConfig/sourceConnectorProperties/S3/bucketPrefix").asString())
                .isEqualTo("example");
        assertThat(Unknowns.isUnknown(request.at("/sourceFlowConfig/sourceConnectorProperties/S3/bucketName")))
                .isTrue();
        assertThat(request.at("/destinationFlowConfigList/0/destinationConnectorProperties/S3/s3OutputFormatConfig"
                + "/prefixConfig/prefixType").asString()).isEqualTo("PATH");
        assertThat(request.at("/tasks/0/connectorOperator/S3").asString()).isEqualTo("NO_OP");
        assertThat(request.at("/tasks/0/sourceFields/0").asString()).isEqualTo("exampleField");
        assertThat(request.at("/triggerConfig/triggerType").asString()).isEqualTo("OnDemand");
    }

    @Test
    void findingsPointAtTheFileInTerraformTerms() {
        DeclaredFlow flow = flows(resource("registry-example.tf"), InputFormat.TERRAFORM_HCL).get(0);

        assertThat(flow.locator().filePointer("/tasks/0/taskType"))
                .isEqualTo("aws_appflow_flow.example.task[0].task_type");
        assertThat(flow.locator().position("/tasks/0/taskType")).isEqualTo(new Position(104, 5));
        assertThat(flow.locator().filePointer("/sourceFlowConfig/sourceConnectorProperties/S3/bucketPrefix"))
                .isEqualTo("aws_appflow_flow.example.source_flow_config[0].source_connector_properties[0].s3[0]"
                        + ".bucket_prefix");
        assertThat(flow.locator().position("/sourceFlowConfig/sourceConnectorProperties/S3/bucketPrefix"))
                .isEqualTo(new Position(81, 9));
        // A value the file lacks is reported where its nearest present ancestor is written.
        assertThat(flow.locator().position("/tasks/0/taskProperties")).isEqualTo(new Position(101, 3));
        assertThat(flow.locator().position("")).isEqualTo(new Position(73, 29));
        assertThat(flow.locator().inFileTerms("Add idFieldNames, or add triggerProperties.Scheduled"))
                .isEqualTo("Add id_field_names, or add trigger_properties.scheduled");
    }

    @Test
    void acceptanceTestConfigurationsMapEveryBlockAndMap() {
        JsonNode catalog = flows(resource("acc-metadata-catalog.tf"), InputFormat.TERRAFORM_HCL).get(0).request();
        JsonNode tasks = flows(resource("acc-multiple-tasks.tf"), InputFormat.TERRAFORM_HCL).get(0).request();
        JsonNode basic = flows(resource("acc-basic.tf"), InputFormat.TERRAFORM_HCL).get(0).request();

        assertThat(catalog.at("/metadataCatalogConfig/glueDataCatalog/databaseName").asString())
                .isEqualTo("testdb_name");
        assertThat(Unknowns.isUnknown(catalog.at("/metadataCatalogConfig/glueDataCatalog/roleArn"))).isTrue();
        assertThat(catalog.at("/destinationFlowConfigList/0/destinationConnectorProperties/S3/s3OutputFormatConfig"
                + "/prefixConfig/pathPrefixHierarchy/1").asString()).isEqualTo("EXECUTION_ID");
        assertThat(catalog.at("/tasks/0/sourceFields").isArray()).as("sent by the provider when left out").isTrue();
        assertThat(catalog.at("/tasks/0/sourceFields")).isEmpty();
        assertThat(tasks.get("tasks")).hasSize(3);
        assertThat(tasks.at("/tasks/2/taskProperties/SOURCE_DATA_TYPE").asString()).isEqualTo("id");
        assertThat(tasks.at("/tasks/0/destinationField").asString()).isEmpty();
        assertThat(basic.at("/triggerConfig/triggerProperties/Scheduled/scheduleStartTime").asString())
                .isEqualTo("2036-12-06T00:00:00Z");
        assertThat(basic.at("/triggerConfig/triggerProperties/Scheduled/dataPullMode").asString())
                .isEqualTo("Incremental");
    }

    @Test
    void aGeneratedConfigurationCarriesWhatTheProviderSendsNotWhatItDrops() {
        // The shape terraform plan -generate-config-out writes for a deployed flow: tags_all, and
        // target_file_size = 0, which expandAggregationConfig leaves out of the request.
        String generated = """
                resource "aws_appflow_flow" "imported" {
                  name     = "imported"
                  tags_all = { ManagedBy = "Terraform" }
                  destination_flow_config {
                    connector_type = "S3"
                    destination_connector_properties {
                      s3 {
                        bucket_name = "raw"
                        s3_output_format_config {
                          file_type = "PARQUET"
                          aggregation_config {
                            aggregation_type = "None"
                            target_file_size = SIZE
                          }
                        }
                      }
                    }
                  }
                }
                """;
        String aggregation = "/destinationFlowConfigList/0/destinationConnectorProperties/S3/s3OutputFormatConfig"
                + "/aggregationConfig";
        JsonNode zero = flows(generated.replace("SIZE", "0"), InputFormat.TERRAFORM_HCL).get(0).request();
        JsonNode sized = flows(generated.replace("SIZE", "128"), InputFormat.TERRAFORM_HCL).get(0).request();

        assertThat(zero.at(aggregation).has("targetFileSize")).isFalse();
        assertThat(zero.at(aggregation + "/aggregationType").asString()).isEqualTo("None");
        assertThat(sized.at(aggregation + "/targetFileSize").asInt()).isEqualTo(128);
        assertThat(zero.has("tags_all") || zero.has("tagsAll")).isFalse();
    }

    @Test
    void aBlockWithNoArgumentSetIsNotSentAndOneWithAnArgumentIs() {
        // The provider's plugin SDK reads a block with no argument set as a nil element, which flow.go skips.
        String flow = """
                resource "aws_appflow_flow" "generated" {
                  name = "generated"
                  source_flow_config {
                    connector_type = "Salesforce"
                    incremental_pull_config {
                    }
                  }
                  destination_flow_config {
                    connector_type = "S3"
                    destination_connector_properties {
                      s3 {
                        bucket_name = "raw"
                        s3_output_format_config {
                          aggregation_config {
                            aggregation_type = null
                          }
                        }
                      }
                    }
                  }
                  task {
                    task_type = "Map_all"
                    connector_operator {
                      # salesforce = "NO_OP"
                    }
                  }
                  task {
                    task_type = "Map_all"
                    connector_operator {
                      salesforce = var.operator
                    }
                  }
                }
                """;
        JsonNode request = flows(flow, InputFormat.TERRAFORM_HCL).get(0).request();

        assertThat(request.at("/tasks/0").has("connectorOperator")).isFalse();
        assertThat(request.at("/sourceFlowConfig").has("incrementalPullConfig")).isFalse();
        assertThat(request.at("/destinationFlowConfigList/0/destinationConnectorProperties/S3/s3OutputFormatConfig")
                .isEmpty()).as("its only block has no argument set").isTrue();
        assertThat(Unknowns.isUnknown(request.at("/tasks/1/connectorOperator/Salesforce"))).isTrue();
        // A block of a shape without arguments has no other spelling: kept.
        JsonNode lookout = flows(flow.replace("s3 {", "lookout_metrics {}\n s3 {"), InputFormat.TERRAFORM_HCL)
                .get(0).request();
        assertThat(lookout.at("/destinationFlowConfigList/0/destinationConnectorProperties/LookoutMetrics").isObject())
                .isTrue();
    }

    @Test
    void aResourceWithCountIsNamedWithAnOpenIndexAndKeepsItsKnownValues() {
        DeclaredFlow flow = flows("""
                resource "aws_appflow_flow" "per_env" {
                  count = length(var.envs)
                  name  = "sync-${var.envs[count.index]}"
                  trigger_config {
                    trigger_type = "OnDemand"
                  }
                  dynamic "task" {
                    for_each = var.fields
                    content {
                      source_fields = [task.value]
                      task_type     = "Map"
                    }
                  }
                }
                resource "aws_s3_bucket" "other" {
                  bucket = "x"
                }
                """, InputFormat.TERRAFORM_HCL).get(0);

        assertThat(flow.resource()).isEqualTo("aws_appflow_flow.per_env[...]");
        assertThat(Unknowns.isUnknown(flow.request().get("flowName"))).isTrue();
        assertThat(Unknowns.isUnknown(flow.request().get("tasks"))).isTrue();
        assertThat(flow.request().at("/triggerConfig/triggerType").asString()).isEqualTo("OnDemand");
        assertThat(flow.request().has("count")).isFalse();
        assertThat(flow.locator().position("/tasks/3/taskType")).isEqualTo(new Position(7, 3));
    }

    @Test
    void theJsonSyntaxReadsTemplatesAndSingleObjectBlocks() {
        DeclaredFlow flow = flows("""
                {
                  "resource": {
                    "aws_appflow_flow": {
                      "accounts": {
                        "name": "accounts",
                        "kms_arn": "${aws_kms_key.flows.arn}",
                        "description": "costs $${literal}",
                        "trigger_config": {"trigger_type": "OnDemand"},
                        "task": [
                          {"source_fields": ["Id"], "task_type": "Map", "task_properties": {"SOURCE_DATA_TYPE": "id"}}
                        ]
                      }
                    }
                  }
                }
                """, InputFormat.TERRAFORM_JSON).get(0);

        assertThat(flow.resource()).isEqualTo("aws_appflow_flow.accounts");
        assertThat(Unknowns.isUnknown(flow.request().get("kmsArn"))).isTrue();
        assertThat(flow.request().get("description").asString()).isEqualTo("costs ${literal}");
        assertThat(flow.request().at("/triggerConfig/triggerType").asString()).isEqualTo("OnDemand");
        assertThat(flow.request().at("/tasks/0/taskProperties/SOURCE_DATA_TYPE").asString()).isEqualTo("id");
        assertThat(flow.locator().filePointer("/triggerConfig/triggerType"))
                .isEqualTo("aws_appflow_flow.accounts.trigger_config.trigger_type");
        assertThat(flow.locator().position("/triggerConfig/triggerType")).isEqualTo(new Position(8, 28));
        assertThat(flow.locator().filePointer("/tasks/0/taskProperties/SOURCE_DATA_TYPE"))
                .isEqualTo("aws_appflow_flow.accounts.task[0].task_properties[\"SOURCE_DATA_TYPE\"]");
    }

    @Test
    void awsccResourcesMirrorCloudFormationInSnakeCase() {
        DeclaredFlow flow = flows("""
                resource "awscc_appflow_flow" "orders" {
                  flow_name = "orders"
                  kms_arn   = "arn:aws:kms:eu-west-1:111122223333:key/abc"
                  trigger_config = {
                    trigger_type = "Scheduled"
                    trigger_properties = {
                      schedule_expression = "rate(1hours)"
                      time_zone           = "Europe/Paris"
                    }
                  }
                  tasks = [{
                    source_fields   = ["id"]
                    task_type       = "Map"
                    task_properties = [{ key = "SOURCE_DATA_TYPE", value = "id" }]
                  }]
                  tags = [{ key = "team", value = "orders" }]
                }
                """, InputFormat.TERRAFORM_HCL).get(0);

        JsonNode request = flow.request();
        assertThat(flow.resource()).isEqualTo("awscc_appflow_flow.orders");
        assertThat(request.get("flowName").asString()).isEqualTo("orders");
        assertThat(request.get("kmsArn").asString()).startsWith("arn:aws:kms");
        assertThat(request.at("/triggerConfig/triggerProperties/Scheduled/scheduleExpression").asString())
                .isEqualTo("rate(1hours)");
        assertThat(request.at("/triggerConfig/triggerProperties/Scheduled/timezone").asString())
                .isEqualTo("Europe/Paris");
        assertThat(request.at("/tasks/0/taskProperties/SOURCE_DATA_TYPE").asString()).isEqualTo("id");
        assertThat(request.at("/tags/team").asString()).isEqualTo("orders");
        assertThat(flow.locator().filePointer("/triggerConfig/triggerProperties/Scheduled/timezone"))
                .isEqualTo("awscc_appflow_flow.orders.trigger_config.trigger_properties.time_zone");
    }

    @Test
    void aPlanGivesPlannedValuesWithUnknownsFromAfterUnknownAndPlanPositions() {
        List<DeclaredFlow> found = flows(resource("plan-accounts.json"), InputFormat.TERRAFORM_PLAN);

        assertThat(found).extracting(DeclaredFlow::resource)
                .containsExactly("aws_appflow_flow.accounts", "module.orders.aws_appflow_flow.this[0]");
        JsonNode accounts = found.get(0).request();
        assertThat(Unknowns.isUnknown(accounts.get("kmsArn"))).isTrue();
        assertThat(accounts.has("description")).as("null in the plan: not set").isFalse();
        assertThat(Unknowns.isUnknown(accounts.at(
                "/destinationFlowConfigList/0/destinationConnectorProperties/S3/bucketName"))).isTrue();
        assertThat(accounts.at("/destinationFlowConfigList/0/destinationConnectorProperties/S3/bucketPrefix")
                .asString()).isEqualTo("accounts");
        assertThat(accounts.at("/destinationFlowConfigList/0/destinationConnectorProperties").has("Salesforce"))
                .as("an empty block list declares nothing").isFalse();
        assertThat(accounts.at("/sourceFlowConfig/sourceConnectorProperties/Salesforce/object").asString())
                .isEqualTo("Account");
        assertThat(accounts.at("/tasks/1/taskProperties/DESTINATION_DATA_TYPE").asString()).isEqualTo("id");
        assertThat(accounts.has("tags_all") || accounts.has("tagsAll")).isFalse();
        assertThat(found.get(0).locator().position("/tasks/1/taskType")).isEqualTo(new Position(78, 17));
        assertThat(found.get(0).locator().filePointer("/tasks/1/taskType"))
                .isEqualTo("aws_appflow_flow.accounts.task[1].task_type");
        assertThat(found.get(1).request().get("flowName").asString()).isEqualTo("orders sync");
        assertThat(found.get(1).locator().position("/flowName")).isEqualTo(new Position(109, 17));
    }
}
