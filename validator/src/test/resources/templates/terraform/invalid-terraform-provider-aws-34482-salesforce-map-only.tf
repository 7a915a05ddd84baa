# Reduced from the configuration quoted in https://github.com/hashicorp/terraform-provider-aws/issues/34482 (and
# again in issue 34508): a Salesforce flow whose only tasks are two Map tasks. AppFlow refused it:
# "Create Flow request failed: [Task Validation Error: You must specify a projection task or a MAP_ALL task]".
# The two tasks are as quoted; the source is the issue's, the destination and trigger are completed minimally.
resource "aws_appflow_flow" "lead" {
  name = "lead"

  source_flow_config {
    connector_type         = "Salesforce"
    connector_profile_name = "salesforce-connector-profile"
    source_connector_properties {
      salesforce {
        object                      = "Lead"
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
    task_type = "Map"
    source_fields = ["id"]
    destination_field = "id"
  }

  task {
    task_type = "Map"
    source_fields = ["name"]
    destination_field = "name"
  }

  trigger_config {
    trigger_type = "OnDemand"
  }
}
