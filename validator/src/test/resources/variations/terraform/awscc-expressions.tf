variable "env" {
  type = string
}

variable "fields" {
  type    = list(string)
  default = ["Id", "Name"]
}

locals {
  map_tasks = [for f in var.fields : {
    source_fields      = [f]
    destination_field  = f
    task_type          = "Map"
    connector_operator = { salesforce = "NO_OP" }
    task_properties    = { SOURCE_DATA_TYPE = "string", DESTINATION_DATA_TYPE = "string" }
  }]
}

resource "awscc_appflow_flow" "accounts" {
  count     = var.env == "prod" ? 1 : 0
  flow_name = "accounts-${var.env}"
  source_flow_config = {
    connector_type         = "Salesforce"
    connector_profile_name = "sf-${var.env}"
    source_connector_properties = {
      salesforce = {
        object = "Account"
      }
    }
  }
  destination_flow_config_list = [{
    connector_type = "S3"
    destination_connector_properties = {
      s3 = {
        bucket_name   = "accounts-${var.env}"
        bucket_prefix = var.env == "prod" ? "live" : "test"
        s3_output_format_config = {
          file_type = "PARQUET"
          prefix_config = {
            prefix_type         = "PATH"
            path_prefix_hierarchy = ["EXECUTION_ID"]
          }
        }
      }
    }
  }]
  tasks = concat([{
    source_fields      = var.fields
    task_type          = "Filter"
    connector_operator = { salesforce = "PROJECTION" }
  }], local.map_tasks)
  trigger_config = {
    trigger_type = "OnDemand"
  }
  tags = [for k, v in { env = var.env } : { key = k, value = v }]
}

resource "awscc_appflow_flow" "contacts" {
  flow_name = "contacts-${var.env}"
  source_flow_config = {
    connector_type         = "Salesforce"
    connector_profile_name = "sf-${var.env}"
    source_connector_properties = {
      salesforce = {
        object = "Contact"
      }
    }
  }
  destination_flow_config_list = [{
    connector_type = "S3"
    destination_connector_properties = {
      s3 = {
        bucket_name = "contacts-${var.env}"
      }
    }
  }]
  tasks = [
    {
      source_fields      = ["Id"]
      task_type          = "Filter"
      connector_operator = { salesforce = "PROJECTION" }
    },
    {
      source_fields      = ["Id"]
      destination_field  = "Id"
      task_type          = "Map"
      connector_operator = { salesforce = "NO_OP" }
      task_properties    = [{ key = "SOURCE_DATA_TYPE", value = "id" }]
    },
  ]
  trigger_config = {
    trigger_type = "OnDemand"
  }
}
