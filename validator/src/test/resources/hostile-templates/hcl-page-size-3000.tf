resource "aws_appflow_flow" "sapo_data_tickets" {
  name = "sapo_data-tickets-to-s3"

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
    connector_type         = "SAPOData"
    connector_profile_name = "sap"
    source_connector_properties {
      sapo_data {
        object_path = "/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder"
        pagination_config {
          max_page_size = 3000
        }
      }
    }
  }

  destination_flow_config {
    connector_type = "S3"
    destination_connector_properties {
      s3 {
        bucket_name   = var.landing_bucket
        bucket_prefix = "sapo_data/tickets"
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
      sapo_data = "PROJECTION"
    }
  }

  task {
    task_type     = "Filter"
    source_fields = ["status"]
    connector_operator {
      sapo_data = "EQUAL_TO"
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
      sapo_data = "NO_OP"
    }
  }
}
