resource "aws_appflow_flow" "x" {
  name = "orders-copy"
  source_flow_config {
    connector_type = "S3"
    source_connector_properties {
      s3 {
        bucket_name   = "in-bucket"
        bucket_prefix = "in"
      }
    }
  }
  destination_flow_config {
    connector_type = "S3"
    destination_connector_properties {
      s3 {
        bucket_name = "out-bucket"
      }
    }
  }
  task {
    source_fields = [""]
    task_type     = "Map_all"
    connector_operator {
      s3 = "NO_OP"
    }
  }
  trigger_config {
    trigger_type = "OnDemand"
  }
}
