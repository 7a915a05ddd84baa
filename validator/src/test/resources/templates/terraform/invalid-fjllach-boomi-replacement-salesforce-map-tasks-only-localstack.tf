# Reduced from https://github.com/fjllach/boomi-replacement/blob/321a69c5760c045608e891c3010373fd673110f3/terraform/main.tf
# (no licence is stated): the provider block of provider_local.tf, which points every service, AppFlow
# included, at a local mock (LocalStack), the variables of variables.tf, the data bucket and the flow unchanged;
# the roles, Lambda function, state machine and event rule left out.
provider "aws" {
  region                      = var.aws_region
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  s3_use_path_style           = true

  endpoints {
    s3             = "http://localstack:4566"
    lambda         = "http://localstack:4566"
    stepfunctions  = "http://localstack:4566"
    iam            = "http://localstack:4566"
    events         = "http://localstack:4566"
    sts            = "http://localstack:4566"
    appflow        = "http://localstack:4566" # AppFlow might not work, but mapping it anyway
  }
}

variable "project_name" {
  description = "Name of the project, used for naming resources"
  type        = string
  default     = "boomi-replacement"
}

variable "salesforce_connector_profile_name" {
  description = "Name of the existing AppFlow Connector Profile for Salesforce"
  type        = string
  default     = "MySalesforceConnection" # Placeholder
}

variable "salesforce_object" {
  description = "Salesforce object to query (e.g., Account, Opportunity)"
  type        = string
  default     = "Account"
}

variable "external_api_url" {
  description = "The external API URL to POST data to"
  type        = string
  default     = "https://example.com/api/ingest" # Placeholder
}

variable "aws_region" {
  description = "AWS Region"
  type        = string
  default     = "us-east-1"
}

# --- S3 Bucket for Salesforce Data ---
resource "aws_s3_bucket" "data_bucket" {
  bucket_prefix = "${var.project_name}-data-"
  force_destroy = true
}

# --- AppFlow Flow ---
resource "aws_appflow_flow" "salesforce_flow" {
  name = "${var.project_name}-salesforce-flow"
  description = "Flow to sync Salesforce data to S3"

  source_flow_config {
    connector_type = "Salesforce"
    connector_profile_name = var.salesforce_connector_profile_name
    source_connector_properties {
      salesforce {
        object = var.salesforce_object
      }
    }
  }

  destination_flow_config {
    connector_type = "S3"
    destination_connector_properties {
      s3 {
        bucket_name = aws_s3_bucket.data_bucket.bucket
        s3_output_format_config {
          aggregation_config {
            aggregation_type = "None"
          }
        }
      }
    }
  }

  trigger_config {
    trigger_type = "OnDemand" # Can be changed to Scheduled
  }

  task {
    source_fields     = ["Id", "Name"] # Example fields, adjust as needed
    destination_field = "Id"
    task_type         = "Map"
    connector_operator {
      salesforce = "NO_OP"
    }
  }
   task {
    source_fields     = ["Name"] 
    destination_field = "Name"
    task_type         = "Map"
    connector_operator {
      salesforce = "NO_OP"
    }
  }
}
