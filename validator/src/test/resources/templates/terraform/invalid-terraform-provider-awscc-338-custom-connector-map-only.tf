# Reduced from the configuration quoted in a comment of https://github.com/hashicorp/terraform-provider-awscc/issues/338:
# a GitHub custom connector source whose tasks, the comment says, follow the provider's documentation example (one Map
# task). AppFlow refused it: "Create Flow request failed: [Task Validation Error: You must specify a projection task
# or a MAP_ALL task]". Name, source and destination are as quoted; the task is the documentation example's, and the
# trigger is completed minimally.
resource "aws_s3_bucket" "appflow_bucket" {
  bucket = "appflow-github-awscc"
}

resource "awscc_appflow_flow" "example" {
  flow_name = "awsccflow"
  source_flow_config = {
    connector_type         = "CustomConnector"
    api_version            = "v3"
    connector_profile_name = "githubconnector"
    source_connector_properties = {
      custom_connector = {
        entity_name = "repos/username=<my-username>"
      }
    }
  }
  destination_flow_config_list = [{
    connector_type = "S3"
    destination_connector_properties = {
      s3 = {
        bucket_name   = aws_s3_bucket.appflow_bucket.bucket
        bucket_prefix = "awscc"
      }
    }
  }]

  tasks = [
    {
      source_fields     = ["ExampleField"]
      destination_field = "exampleField"
      task_type         = "Map"

      connector_operator = {
        s3 = "NO_OP"
      }
    }
  ]

  trigger_config = {
    trigger_type = "OnDemand"
  }
}
