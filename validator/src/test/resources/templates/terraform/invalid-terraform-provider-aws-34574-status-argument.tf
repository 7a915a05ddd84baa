# Reduced from the configuration quoted in https://github.com/hashicorp/terraform-provider-aws/issues/34574: a
# `status = "Active"` argument, which the provider of the issue (5.26.0) does not define, so `terraform plan` stops
# with "Error: Unsupported argument ... An argument named "status" is not expected here." The name, status and
# source are as quoted; the destination, a Map_all task and the trigger are completed minimally.
resource "aws_appflow_flow" "lead" {
  name = "lead"
  status = "Active"
  source_flow_config {
    connector_type = "Salesforce"
    connector_profile_name = "salesforce-connector-profile"
    source_connector_properties {
      salesforce {
        object = "Lead"
        enable_dynamic_field_update = true
      }
    }
  }

  destination_flow_config {
    connector_type = "S3"
    destination_connector_properties {
      s3 {
        bucket_name = "lead-export"
      }
    }
  }

  task {
    task_type     = "Map_all"
    source_fields = []
    connector_operator {
      salesforce = "NO_OP"
    }
  }

  trigger_config {
    trigger_type = "OnDemand"
  }
}
