# Reduced from https://github.com/hemil70/AWS-Appflow-Terraform/blob/bf34e0ec22e9e14ef6cc9a579c60b0385912e126/github/github.tf
# (no licence is stated): the module's connector profile and flow unchanged, followed by its variables.tf
# (github/variables.tf of the same commit) unchanged.
resource "aws_appflow_connector_profile" "connector_profile" {
  name            = var.connector_profile_name
  connection_mode = var.connection_mode
  connector_label = var.connector_label
  connector_type  = var.connector_type
  connector_profile_config {
    connector_profile_credentials {
      custom_connector {
        authentication_type = var.authentication.type
        dynamic "basic" {
          for_each = var.authentication.type == "BASIC" ? [1] : []
          content {
            username = var.authentication.basic.username
            password = var.authentication.basic.password
          }
        }
        dynamic "api_key" {
          for_each = var.authentication.type == "APIKEY" ? [1] : []
          content {
            api_key        = var.authentication.api_key.api_key
            api_secret_key = var.authentication.api_key.api_secret_key
          }
        }
        dynamic "oauth2" {
          for_each = var.authentication.type == "OAUTH2" ? [1] : []
          content {
            access_token  = var.authentication.oauth2.access_token
            client_id     = var.authentication.oauth2.client_id
            client_secret = var.authentication.oauth2.client_secret
            refresh_token = var.authentication.oauth2.refresh_token
            oauth_request {
              auth_code    = var.authentication.oauth2.oauth_request.auth_code
              redirect_uri = var.authentication.oauth2.oauth_request.redirect_uri
            }
          }
        }
        dynamic "custom" {
          for_each = var.authentication.type == "CUSTOM" ? [1] : []
          content {
            custom_authentication_type = var.authentication.custom.custom_authentication_type
            credentials_map            = var.authentication.custom.credentials_map
          }
        }
      }
    }
    connector_profile_properties {
      custom_connector {
        oauth2_properties {
          oauth2_grant_type           = var.properties.oauth2_properties.oauth2_grant_type
          token_url                   = var.properties.oauth2_properties.token_url
          token_url_custom_properties = var.properties.oauth2_properties.token_url_custom_properties
        }
        profile_properties = var.properties.profile_properties
      }
    }
  }
}

resource "aws_appflow_flow" "appflow" {
  name = var.flow_name

  source_flow_config {
    connector_type = var.connector_type
    api_version    = var.api_version
    source_connector_properties {
      custom_connector {
        entity_name       = var.source_connector_properties.entity_name
        custom_properties = var.source_connector_properties.custom_properties
      }
    }
    connector_profile_name = aws_appflow_connector_profile.connector_profile.name
  }

  destination_flow_config {
    connector_type = var.destination_connector_type
    destination_connector_properties {
      s3 {
        bucket_name = var.destination_bucket_name
      }
    }
  }

  task {
    source_fields = var.task.source_fields
    task_type     = var.task.task_type
    connector_operator {
      s3 = "NO_OP"
    }
    destination_field = var.task.destination_field
    task_properties   = var.task.task_properties
  }

  trigger_config {
    trigger_type = var.trigger_type

    dynamic "trigger_properties" {
      for_each = var.trigger_type == "scheduled" ? [var.trigger_properties] : []

      content {
        scheduled {
          schedule_expression  = trigger_properties.value.schedule_expression
          data_pull_mode       = trigger_properties.value.data_pull_mode
          first_execution_from = trigger_properties.value.first_execution_from
          schedule_end_time    = trigger_properties.value.schedule_end_time
          schedule_offset      = trigger_properties.value.schedule_offset
          schedule_start_time  = trigger_properties.value.schedule_start_time
          timezone             = trigger_properties.value.timezone
        }
      }
    }
  }
}

variable "connector_profile_name" {
  type        = string
  description = "Name of appflow connector profile"
}

variable "connection_mode" {
  type        = string
  description = "connection mode type : Public or Private"
  default     = "Public"

  validation {
    condition     = contains(["Public", "Private"], var.connection_mode)
    error_message = "Invalid value for 'connection_mode'. Allowed values are 'Public' and 'Private'."
  }
}

variable "connector_label" {
  type        = string
  description = "connector label"
  default     = "GitHub"
}

variable "connector_type" {
  type        = string
  description = "connector type"
  default     = "CustomConnector"
}

variable "authentication" {
  description = "Authentication details based on the selected type."
  type = object({
    type = string
    basic = optional(object({
      username = string
      password = string
    }))
    api_key = optional(object({
      api_key        = string
      api_secret_key = optional(string)
    }))
    oauth2 = optional(object({
      access_token  = optional(string)
      client_id     = optional(string)
      client_secret = optional(string)
      refresh_token = optional(string)
      oauth_request = object({
        auth_code    = optional(string)
        redirect_uri = optional(string)
      })
    }))
    custom = optional(object({
      custom_authentication_type = string
      credentials_map            = optional(map(string))
    }))
  })
  default = {
    type = "CUSTOM"
    basic = {
      username = null
      password = null
    }
    api_key = {
      api_key        = null
      api_secret_key = null
    }
    oauth2 = {
      access_token  = null
      client_id     = null
      client_secret = null
      refresh_token = null
      oauth_request = {
        auth_code    = null
        redirect_uri = null
      }
    }
    custom = {
      custom_authentication_type = null
      credentials_map            = null
    }
  }
  validation {
    condition     = contains(["BASIC", "API_KEY", "OAUTH2", "CUSTOM"], var.authentication.type)
    error_message = "Invalid value for 'type'. Allowed values are 'BASIC', 'API_KEY', 'OAUTH2', and 'CUSTOM'."
  }
}

variable "properties" {
  description = "Configuration for the custom connector."
  type = object({
    oauth2_properties = optional(object({
      oauth2_grant_type           = string
      token_url                   = string
      token_url_custom_properties = optional(map(string))
    }))
    profile_properties = optional(map(string))
  })
  default = {
    oauth2_properties = {
      oauth2_grant_type           = null
      token_url                   = null
      token_url_custom_properties = null
    }
    profile_properties = null
  }
}

variable "flow_name" {
  type        = string
  description = "appflow name"
}

variable "api_version" {
  type        = string
  description = "API Version"
}
variable "source_connector_properties" {
  type = object({
    entity_name       = string
    custom_properties = optional(map(string))
  })
}

variable "destination_bucket_name" {
  type        = string
  description = "Destination s3 bucket name"
}

variable "destination_connector_type" {
  type        = string
  description = "Destionation service e.g S3 or snowflake"
}

variable "task" {
  type = object({
    source_fields     = list(string)
    task_type         = string
    destination_field = optional(string)
    task_properties   = optional(map(string))
  })
}

variable "trigger_type" {
  type        = string
  description = "Flow Trigger type"

  validation {
    condition     = contains(["Scheduled", "Event", "OnDemand"], var.trigger_type)
    error_message = "Invalid value for 'type'. Allowed values are 'Scheduled', 'Event', and 'OnDemand'."
  }
}

variable "trigger_properties" {
  type = object({
    schedule_expression  = string
    data_pull_mode       = optional(string)
    first_execution_from = optional(string)
    schedule_end_time    = optional(string)
    schedule_offset      = optional(number)
    schedule_start_time  = optional(string)
    timezone             = optional(string)
  })
  default = null

  description = "Properties for scheduling the trigger."
}