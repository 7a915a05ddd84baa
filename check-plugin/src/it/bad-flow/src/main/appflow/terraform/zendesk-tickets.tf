# Zendesk tickets to S3 every hour. The bucket comes from a variable (checked when Terraform runs, not here);
# the second filter compares with EQUAL_TO, which Zendesk sources do not support.
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
    source_fields = ["status"]
    connector_operator {
      zendesk = "EQUAL_TO"
    }
    task_properties = {
      VALUE     = "open"
      DATA_TYPE = "string"
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
