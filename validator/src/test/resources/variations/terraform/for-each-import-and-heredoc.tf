terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

data "aws_caller_identity" "current" {}

variable "objects" {
  type    = set(string)
  default = ["Account", "Opportunity"]
}

variable "minutes" {
  type    = number
  default = 15
}

variable "task_properties" {
  type    = map(string)
  default = {}
}

import {
  to = aws_appflow_flow.imported
  id = "arn:aws:appflow:eu-west-1:111122223333:flow/imported"
}

resource "aws_appflow_flow" "per_object" {
  for_each = toset(var.objects)
  name     = lower("sf-${each.value}")
  region   = "eu-west-1"

  source_flow_config {
    connector_type         = "Salesforce"
    connector_profile_name = "sf"
    source_connector_properties {
      salesforce {
        object = each.value
      }
    }
  }

  destination_flow_config {
    connector_type = "EventBridge"
    destination_connector_properties {
      event_bridge {
        object = "aws.partner/appflow/salesforce.com/${data.aws_caller_identity.current.account_id}/${each.key}"
        error_handling_config {
          bucket_name                     = "errors-${data.aws_caller_identity.current.account_id}"
          fail_on_first_destination_error = false
        }
      }
    }
  }

  dynamic "task" {
    for_each = ["Map_all"]
    content {
      source_fields   = [""]
      task_type       = task.value
      task_properties = var.task_properties
      connector_operator {
        salesforce = "NO_OP"
      }
    }
  }

  trigger_config {
    trigger_type = "Event"
  }

  lifecycle {
    prevent_destroy = true
    ignore_changes  = all
  }
}

resource "aws_appflow_flow" "imported" {
  name        = "imported"
  description = <<EOF
Imported from the console.
EOF

  source_flow_config {
    connector_type         = "Salesforce"
    connector_profile_name = "sf"
    source_connector_properties {
      salesforce {
        object = "Lead"
      }
    }
    incremental_pull_config {
      datetime_type_field_name = "SystemModstamp"
    }
  }

  destination_flow_config {
    connector_type = "S3"
    destination_connector_properties {
      s3 {
        bucket_name = "leads-${data.aws_caller_identity.current.account_id}"
        s3_output_format_config {
          file_type = "CSV"
          aggregation_config {
            aggregation_type = "SingleFile"
          }
        }
      }
    }
  }

  task {
    source_fields = ["Id", "Email"]
    task_type     = "Filter"
    connector_operator {
      salesforce = "PROJECTION"
    }
  }

  task {
    source_fields     = ["Email"]
    destination_field = "Email"
    task_type         = "Map"
    task_properties   = { for k, v in { SOURCE_DATA_TYPE = "email" } : k => v }
    connector_operator {
      salesforce = "NO_OP"
    }
  }

  trigger_config {
    trigger_type = "Scheduled"
    trigger_properties {
      scheduled {
        schedule_expression = "rate(${var.minutes}minutes)"
        data_pull_mode      = "Incremental"
        schedule_start_time = timeadd(timestamp(), "1h")
      }
    }
  }
}
