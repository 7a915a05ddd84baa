package org.appflowcontracts.validator.parse.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HclReaderTest {

    private static final String FLOW = """
            variable "bucket" {
              type = string
            }

            resource "aws_appflow_flow" "accounts" {
              name        = "accounts-sync"
              description = "Copies \\"accounts\\" nightly\\n"
              kms_arn     = var.key_arn

              source_flow_config {
                connector_type = "Salesforce"
                source_connector_properties {
                  salesforce {
                    object = "Account"
                  }
                }
              }

              task {
                source_fields = ["Id", "Name"]
                task_type     = "Filter"
                connector_operator {
                  salesforce = "PROJECTION"
                }
              }

              task {
                source_fields     = ["Id"]
                destination_field = "Id"
                task_type         = "Map"
                task_properties = {
                  DESTINATION_DATA_TYPE = "id"
                  "SOURCE_DATA_TYPE"    = local.type
                }
              }

              trigger_config {
                trigger_type = "Scheduled"
                trigger_properties {
                  scheduled {
                    schedule_expression = "rate(1hours)"
                    schedule_offset     = -5
                    first_execution_from = "${var.start}"
                    data_pull_mode       = var.incremental ? "Incremental" : "Complete"
                    timezone             = upper("utc")
                  }
                }
              }
              tags = null
            }
            """;

    private static LocatedDocument read(String text) throws InputException {
        return HclReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void blocksNestUnderTypeAndLabelsAndRepeatAsArrays() throws InputException {
        JsonNode flow = read(FLOW).root().at("/resource/aws_appflow_flow/accounts");

        assertThat(flow.get("name").asString()).isEqualTo("accounts-sync");
        assertThat(flow.get("description").asString()).isEqualTo("Copies \"accounts\" nightly\n");
        assertThat(flow.at("/source_flow_config/0/source_connector_properties/0/salesforce/0/object").asString())
                .isEqualTo("Account");
        assertThat(flow.get("task")).hasSize(2);
        assertThat(flow.at("/task/1/source_fields/0").asString()).isEqualTo("Id");
        assertThat(flow.at("/task/1/task_properties/DESTINATION_DATA_TYPE").asString()).isEqualTo("id");
        assertThat(flow.at("/trigger_config/0/trigger_properties/0/scheduled/0/schedule_offset").asInt())
                .isEqualTo(-5);
        assertThat(flow.has("tags")).as("an attribute set to null is not set").isFalse();
        assertThat(Unknowns.isUnknown(read(FLOW).root().at("/variable/bucket/type"))).isTrue();
    }

    @Test
    void expressionsDecidedWhenTerraformRunsAreUnknown() throws InputException {
        JsonNode flow = read(FLOW).root().at("/resource/aws_appflow_flow/accounts");
        JsonNode scheduled = flow.at("/trigger_config/0/trigger_properties/0/scheduled/0");

        assertThat(Unknowns.isUnknown(flow.get("kms_arn"))).isTrue();
        assertThat(flow.get("kms_arn").toString()).contains("var.key_arn");
        assertThat(Unknowns.isUnknown(flow.at("/task/1/task_properties/SOURCE_DATA_TYPE"))).isTrue();
        assertThat(Unknowns.isUnknown(scheduled.get("first_execution_from"))).isTrue();
        assertThat(Unknowns.isUnknown(scheduled.get("data_pull_mode"))).isTrue();
        assertThat(Unknowns.isUnknown(scheduled.get("timezone"))).isTrue();
        assertThat(Unknowns.isUnknown(scheduled.get("schedule_expression"))).isFalse();
    }

    @Test
    void everyValueHasTheLineAndColumnWhereItIsWritten() throws InputException {
        LocatedDocument document = read(FLOW);
        String flow = "/resource/aws_appflow_flow/accounts";

        assertThat(document.positionOf(flow)).isEqualTo(new Position(5, 29));
        assertThat(document.positionOf(flow + "/name")).isEqualTo(new Position(6, 3));
        assertThat(document.positionOf(flow + "/task/1")).isEqualTo(new Position(27, 3));
        assertThat(document.positionOf(flow + "/task/1/task_type")).isEqualTo(new Position(30, 5));
        assertThat(document.positionOf(flow + "/task/0/source_fields/1")).isEqualTo(new Position(20, 28));
        assertThat(document.positionOf(flow + "/task/1/task_properties/SOURCE_DATA_TYPE"))
                .isEqualTo(new Position(33, 7));
        assertThat(document.positionOf(flow + "/kms_arn")).isEqualTo(new Position(8, 3));
    }

    @Test
    void dynamicBlocksMakeTheirWholeListUnknown() throws InputException {
        LocatedDocument document = read("""
                resource "aws_appflow_flow" "mapped" {
                  count = 2
                  task {
                    task_type = "Filter"
                  }
                  dynamic "task" {
                    for_each = var.fields
                    content {
                      source_fields = [task.value]
                      task_type     = "Map"
                    }
                  }
                }
                """);

        JsonNode task = document.root().at("/resource/aws_appflow_flow/mapped/task");
        assertThat(Unknowns.isUnknown(task)).isTrue();
        assertThat(document.positionOf("/resource/aws_appflow_flow/mapped/task")).isEqualTo(new Position(3, 3));
        assertThat(document.root().at("/resource/aws_appflow_flow/mapped/count").asInt()).isEqualTo(2);
    }

    @Test
    void heredocsWithoutInterpolationAreText() throws InputException {
        JsonNode root = read("""
                locals {
                  plain = <<EOT
                first
                  second
                EOT
                  indented = <<-EOT
                    one
                      two
                    EOT
                  templated = <<EOT
                hello ${var.name}
                EOT
                }
                """).root();

        assertThat(root.at("/locals/0/plain").asString()).isEqualTo("first\n  second\n");
        assertThat(root.at("/locals/0/indented").asString()).isEqualTo("one\n  two\n");
        assertThat(Unknowns.isUnknown(root.at("/locals/0/templated"))).isTrue();
    }

    @Test
    void windowsLineEndsReadLikeUnixOnes() throws InputException {
        LocatedDocument document = read("locals {\r\n  policy = <<EOT\r\n{}\r\nEOT\r\n  n = 1\r\n}\r\n");

        assertThat(document.root().at("/locals/0/policy").asString()).isEqualTo("{}\n");
        assertThat(document.positionOf("/locals/0/n")).isEqualTo(new Position(5, 3));
    }

    @Test
    void escapesAndNumbersReadAsTerraformReadsThem() throws InputException {
        JsonNode root = read("""
                locals {
                  text    = "tab\\there \\"quoted\\" $${literal} %%{literal}"
                  whole   = 3000
                  decimal = 1.5
                  object  = { "a b" = 1, c = [true, false, null] }
                  keyed   = { (var.k) = 1 }
                }
                """).root().at("/locals/0");

        assertThat(root.get("text").asString()).isEqualTo("tab\there \"quoted\" ${literal} %{literal}");
        assertThat(root.get("whole").isInt()).isTrue();
        assertThat(root.get("decimal").asDouble()).isEqualTo(1.5);
        assertThat(root.at("/object/a b").asInt()).isEqualTo(1);
        assertThat(root.at("/object/c/2").isNull()).isTrue();
        assertThat(Unknowns.isUnknown(root.get("keyed"))).isTrue();
    }

    @Test
    void malformedFilesAreRefusedWithAPosition() {
        assertThatThrownBy(() -> read("resource \"aws_appflow_flow\" \"x\" {\n  name = \n}\n"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> read("resource \"a\" \"b\" {\n  name = \"x\"\n  name = \"y\"\n}\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("defined twice")
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> read("resource \"a\" \"b\" {}\nresource \"a\" \"b\" {}\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("duplicate resource block a.b");
        assertThatThrownBy(() -> read("locals {\n  x = " + "[".repeat(100) + "]".repeat(100) + "\n}\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("safety limit");
        // An escape that is cut short is refused where it is written, never misread.
        assertThatThrownBy(() -> read("locals {\n  x = \"caf\\u00e\"\n}\n"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(2));
        assertThatThrownBy(() -> HclReader.read(new byte[] {'a', ' ', '=', ' ', '"', (byte) 0xC3, '"'}))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("UTF-8");
    }
}
