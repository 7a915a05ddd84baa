variable "more_fields" { type = list(string) }
variable "schedule" { type = string }
variable "trigger" { type = string }
variable "extra_props" { type = map(string) }

resource "aws_appflow_flow" "leads" {
  name = "leads"
  source_flow_config {
    connector_type         = "Salesforce"
    connector_profile_name = "sf"
    source_connector_properties {
      salesforce {
        object = "Lead"
      }
    }
  }
  destination_flow_config {
    connector_type = "S3"
    destination_connector_properties {
      s3 {
        bucket_name = "leads_${terraform.workspace}"
      }
    }
  }
  task {
    source_fields = concat(["Id"], var.more_fields)
    task_type     = "Filter"
    connector_operator {
      salesforce = "PROJECTION"
    }
  }
  task {
    source_fields     = ["Email"]
    destination_field = "Email"
    task_type         = "map"
    task_properties   = merge(var.extra_props, { DESTINATION_DATA_TYPE = "email" })
    connector_operator {
      salesforce = "NO_OP"
    }
  }
  trigger_config {
    trigger_type = var.trigger
    dynamic "trigger_properties" {
      for_each = var.trigger == "Scheduled" ? [1] : []
      content {
        scheduled {
          schedule_expression = var.schedule
        }
      }
    }
  }
}
