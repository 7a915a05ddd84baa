# Reduced from https://github.com/paty-oliveira/iac-playground/blob/fc79f284549dc94330c7d26134b657561a3565d0/appflow-salesforce-poc/main.tf
# (the provider block, which points at a mock service, and the flow unchanged; the bucket policy and the connector
# profile's placeholder credentials left out).
terraform {
  required_providers {
    aws = {
        source = "hashicorp/aws"
        version = "4.28.0"
    }
  }
}

provider "aws" {
    profile = "mockService"
    region  = "us-east-1"

    skip_credentials_validation = true
    skip_metadata_api_check     = true
    skip_requesting_account_id  = true
}

resource "aws_s3_bucket" "salesforce-target" {
  bucket = "salesforce-target"
}

resource "aws_appflow_flow" "salesforce-replicator" {
  name = "salesforce-replicator"

  source_flow_config {
    connector_type = "Salesforce"
    connector_profile_name = aws_appflow_connector_profile.salesforce-profile.name

    source_connector_properties {
      salesforce {
        object   = "Account"
      }
    }
  }

  destination_flow_config {
    connector_type = "S3"
    destination_connector_properties {
      s3 {
        bucket_name = aws_s3_bucket_policy.salesforce-target.bucket

        s3_output_format_config {
          prefix_config {
            prefix_type = "PATH"
          }
        }
      }
    }
  }

  task {
    source_fields     = ["ID", "JOURNEY_ID", "TRIGGERED_SEND_ID", "KEY", "NAME", "TYPE"]
    task_type         = "Map"

    connector_operator {
      s3 = "NO_OP"
    }
  }

  trigger_config {
    trigger_type = "OnDemand"
  }
}
