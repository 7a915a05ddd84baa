# Reduced from https://github.com/datamindedbe/iceberg-ingestion/blob/49a2c658968ff4dbea4358d94fa38133013b4e38/terraform/modules/appflow/salesforce_flows/flows.tf
# (the module's flow as written there, its TODO comments left out; its variables, declared in a sibling file there, declared here).
variable "name" {
  type = string
}

variable "env" {
  type = string
}

variable "salesforce_connector_profile_name" {
  type = string
}

variable "destination_bucket" {
  type = string
}

variable "config" {
  type = map(string)
}

locals {
  ingestion_type = try(var.config["type"], "full")
}

resource "aws_appflow_flow" "salesforce_flow" {
  name = "salesforce-${var.name}-${var.env}"

  source_flow_config {
    connector_type         = "Salesforce"
    connector_profile_name = var.salesforce_connector_profile_name
    source_connector_properties {
      salesforce {
        object                      = var.config["source"]
        enable_dynamic_field_update = true
        include_deleted_records     = true
      }
    }
    dynamic "incremental_pull_config" {
      for_each = local.ingestion_type == "incremental" ? [1] : []
      content {
        datetime_type_field_name = "SystemModstamp"
      }
    }
  }

  destination_flow_config {
    connector_type = "S3"
    destination_connector_properties {
      s3 {
        bucket_name   = var.destination_bucket
        bucket_prefix = "raw/salesforce"
        s3_output_format_config {
          file_type                   = "PARQUET"
          preserve_source_data_typing = true

          aggregation_config {
            aggregation_type = "None"
          }
          prefix_config {
            prefix_type = "PATH"
          }
        }
      }
    }
  }

  task {
    task_type     = "Map_all"
    source_fields = [""]
    task_properties = {
      EXCLUDE_SOURCE_FIELDS_LIST = "[]"
    }
    connector_operator {
      salesforce = "NO_OP"
    }
  }

  trigger_config {
    trigger_type = local.ingestion_type == "incremental" ? "Scheduled" : "OnDemand"
    dynamic "trigger_properties" {
      for_each = local.ingestion_type == "incremental" ? [1] : []
      content {
        scheduled {
          schedule_expression = "rate(1days)"
          data_pull_mode      = "Incremental"
          schedule_start_time = timeadd(timestamp(), "10m")
          timezone            = "CET"
        }
      }
    }
  }

  lifecycle {
    ignore_changes = [task, trigger_config]
  }
}

