# Zendesk tickets to S3 every hour. The bucket comes from a variable (checked when Terraform runs, not here);
# the second filter keeps tickets updated after a timestamp (GREATER_THAN, which Zendesk sources support).
variable "landing_bucket" {
  type = string
}

resource "aws_appflow_flow" "zendesk_tickets" {
  name = "zendesk-tickets-to-s3"

  trigger_config {
    trigger_type = "Scheduled"
    trigger_properties {
      scheduled {
        schedule_expression = "rate(1hours)"
        data_pull_mode      = "Incremental"
      }
    }
  }

  source_flow_config {
    connector_type         = "Zendesk"
    connector_profile_name = "zendesk-support"
    source_connector_properties {
      zendesk {
        object = "tickets"
      }
    }
    incremental_pull_config {
      datetime_type_field_name = "updated_at"
    }
  }

  destination_flow_config {
    connector_type = "S3"
    destination_connector_properties {
      s3 {
        bucket_name   = var.landing_bucket
        bucket_prefix = "zendesk/tickets"
        s3_output_format_config {
          file_type = "JSON"
        }
      }
    }
  }

  task {
    task_type     = "Filter"
    source_fields = ["id", "status", "updated_at"]
    connector_operator {
      zendesk = "PROJECTION"
    }
  }

  task {
    task_type     = "Filter"
    source_fields = ["updated_at"]
    connector_operator {
      zendesk = "GREATER_THAN"
    }
    task_properties = {
      VALUE     = "1735689600000"
      DATA_TYPE = "datetime"
    }
  }

  task {
    task_type         = "Map"
    source_fields     = ["id"]
    destination_field = "id"
    connector_operator {
      zendesk = "NO_OP"
    }
  }
}
