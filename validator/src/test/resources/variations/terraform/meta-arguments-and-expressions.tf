variable "flows" {
  type = map(object({
    object = string
    fields = list(string)
  }))
  default = {
    accounts = { object = "Account", fields = ["Id", "Name"] }
    contacts = { object = "Contact", fields = ["Id", "Email"] }
  }
}

variable "environment" {
  type    = string
  default = "dev"
}

variable "incremental" {
  type    = bool
  default = true
}

variable "kms_key_arn" {
  type    = string
  default = null
}

locals {
  bucket      = "acme-${var.environment}-salesforce-landing"
  maps        = { Id = "id", Name = "string" }
  start_times = { dev = "2036-01-01T00:00:00Z", prod = "2036-02-01T00:00:00Z" }
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

resource "aws_appflow_flow" "salesforce" {
  for_each = var.flows
  provider = aws.eu

  name        = "${var.environment}-${each.key}-to-s3"
  description = <<-EOT
    Copies ${each.value.object} records to ${local.bucket}
    every hour.
  EOT
  kms_arn     = var.kms_key_arn != null ? var.kms_key_arn : null

  source_flow_config {
    connector_type         = "Salesforce"
    connector_profile_name = "salesforce-${var.environment}"
    source_connector_properties {
      salesforce {
        object                      = each.value.object
        enable_dynamic_field_update = var.incremental
      }
    }
    dynamic "incremental_pull_config" {
      for_each = var.incremental ? [1] : []
      content {
        datetime_type_field_name = "LastModifiedDate"
      }
    }
  }

  destination_flow_config {
    connector_type = "S3"
    destination_connector_properties {
      s3 {
        bucket_name   = local.bucket
        bucket_prefix = "salesforce/${each.key}"
        s3_output_format_config {
          file_type = var.environment == "prod" ? "PARQUET" : "JSON"
          prefix_config {
            prefix_type   = "PATH"
            prefix_format = upper("day")
          }
        }
      }
    }
  }

  task {
    source_fields = each.value.fields
    task_type     = "Filter"
    connector_operator {
      salesforce = "PROJECTION"
    }
  }

  dynamic "task" {
    for_each = { for f in each.value.fields : f => lookup(local.maps, f, "string") }
    content {
      source_fields     = [task.key]
      destination_field = lower(task.key)
      task_type         = "Map"
      task_properties = {
        SOURCE_DATA_TYPE      = task.value
        DESTINATION_DATA_TYPE = task.value
      }
      connector_operator {
        salesforce = "NO_OP"
      }
    }
  }

  task {
    source_fields = ["Name"]
    task_type     = "Filter"
    task_properties = jsondecode(jsonencode({ DATA_TYPE = "string", VALUE = "Acme" }))
    connector_operator {
      salesforce = "EQUAL_TO"
    }
  }

  trigger_config {
    trigger_type = "Scheduled"
    trigger_properties {
      scheduled {
        data_pull_mode      = var.incremental ? "Incremental" : "Complete"
        schedule_expression = "rate(1hours)"
        schedule_start_time = local.start_times[var.environment]
      }
    }
  }

  tags = merge({ team = "data" }, { env = var.environment })

  lifecycle {
    ignore_changes        = [trigger_config[0].trigger_properties]
    create_before_destroy = true
  }

  depends_on = [aws_s3_bucket_policy.landing]
}

resource "aws_appflow_flow" "optional" {
  count = var.environment == "prod" ? 1 : 0
  name  = "optional-${count.index}"

  source_flow_config {
    connector_type = "S3"
    source_connector_properties {
      s3 {
        bucket_name   = local.bucket
        bucket_prefix = "in"
        s3_input_format_config {
          s3_input_file_type = "CSV"
        }
      }
    }
  }

  destination_flow_config {
    connector_type = "S3"
    destination_connector_properties {
      s3 {
        bucket_name   = local.bucket
        bucket_prefix = "out"
      }
    }
  }

  task {
    source_fields = [""]
    task_type     = "Map_all"
    task_properties = {
      EXCLUDE_SOURCE_FIELDS_LIST = jsonencode(["ssn", "dob"])
    }
    connector_operator {
      s3 = "NO_OP"
    }
  }

  task {
    source_fields = templatefile("${path.module}/fields.tftpl", { env = var.environment }) == "" ? [] : ["a"]
    task_type     = "Filter"
    connector_operator {
      s3 = "PROJECTION"
    }
  }

  trigger_config {
    trigger_type = "OnDemand"
  }
}

module "flow" {
  source      = "./modules/flow"
  name        = "from-module"
  bucket_name = local.bucket
}
