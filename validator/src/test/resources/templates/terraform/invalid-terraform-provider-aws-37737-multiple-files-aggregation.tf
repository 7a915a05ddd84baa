# Reduced from the configuration quoted in https://github.com/hashicorp/terraform-provider-aws/issues/37737: the
# console's "multiple files in each partition" written as aggregation_type = "MultipleFiles", a value neither the
# provider (which validates aggregation_type against the service's AggregationType: None, SingleFile) nor the API
# accepts, so `terraform plan` stops before any request. The quoted target_file_size = "128" is fine: Terraform
# converts the string to the number the argument declares. The flow is as quoted up to the trigger, which the quote
# cuts off and is completed minimally; the variables it reads are declared.
variable "name" {}
variable "desc" {}
variable "source_connector" {}
variable "object_path" {}
variable "s3_bucket_name" {}
variable "s3_bucket_prefix" {}

resource "aws_appflow_flow" "this" {
  name        = var.name
  description = var.desc

  source_flow_config {
    connector_type         = "SAPOData"
    connector_profile_name = var.source_connector
    source_connector_properties {
      sapo_data {
        object_path = var.object_path
      }
    }
  }

  destination_flow_config {
    connector_type = "S3"
    destination_connector_properties {
      s3 {
        bucket_name   = var.s3_bucket_name
        bucket_prefix = var.s3_bucket_prefix

        s3_output_format_config {
          file_type = "PARQUET"

          aggregation_config {
            aggregation_type = "MultipleFiles"
            target_file_size = "128"
          }
        }
      }
    }
  }

  task {
    source_fields = [""]
    task_type     = "Map_all"

  }

  trigger_config {
    trigger_type = "OnDemand"
  }
}
