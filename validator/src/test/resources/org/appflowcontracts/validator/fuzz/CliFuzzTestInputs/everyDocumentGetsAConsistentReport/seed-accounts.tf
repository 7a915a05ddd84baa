variable "bucket" {
  type = string
}

resource "aws_s3_bucket" "landing" {
  bucket = var.bucket
}

resource "aws_appflow_flow" "accounts" {
  name = "accounts flow"

  trigger_config {
    trigger_type = "OnDemand"
  }

  source_flow_config {
    connector_type         = "Salesforce"
    connector_profile_name = "sf"
    source_connector_properties {
      salesforce {
        object = "Account"
      }
    }
  }

  destination_flow_config {
    connector_type         = "Salesforce"
    connector_profile_name = "sf"
    destination_connector_properties {
      salesforce {
        object = "Contact"
        write_operation_type = "UPSERT"
      }
    }
  }

  task {
    task_type     = "Filter"
    source_fields = ["Id"]
    connector_operator {
      salesforce = "PROJECTION"
    }
  }
  task {
    task_type         = "Map"
    source_fields     = ["Id"]
    destination_field = "Id"
    connector_operator {
      salesforce = "NO_OP"
    }
    task_propertys = {
      SOURCE_DATA_TYPE = "id"
    }
  }
}
