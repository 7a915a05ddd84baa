# Reduced from https://github.com/dlavric/aws-appflow-flow/blob/0f3e17c6683384103010aa0c608e99a1e511e9b6/main.tf
# (the flow and its two buckets unchanged; the provider, bucket policies and the uploaded object left out).
resource "aws_s3_bucket" "example_source" {
  bucket = "daniela-source"
}

resource "aws_s3_bucket" "example_destination" {
  bucket = "daniela-destination"
}

resource "aws_appflow_flow" "example" {
  name = "example"

  source_flow_config {
    connector_type = "S3"
    source_connector_properties {
      s3 {
        bucket_name   = aws_s3_bucket.example_source.bucket
        bucket_prefix = aws_s3_bucket.example_source.bucket_prefix
      }
    }
  }

  destination_flow_config {
    connector_type = "S3"

    destination_connector_properties {
      s3 {
        bucket_name   = aws_s3_bucket.example_destination.bucket
        bucket_prefix = aws_s3_bucket.example_destination.bucket_prefix
        s3_output_format_config {
          file_type = "JSON"
          aggregation_config {
            aggregation_type = "None"
          }
        }
      }
    }
  }

  task {
    source_fields     = ["exampleField"]
    destination_field = "exampleField"
    task_type         = "Map"

    connector_operator {
      s3 = "NO_OP"
    }
  }

  trigger_config {
    trigger_type = "OnDemand"
  }
}
