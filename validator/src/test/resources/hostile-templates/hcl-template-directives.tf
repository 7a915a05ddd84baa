resource "aws_appflow_flow" "x" {
  name        = "bad name"
  description = "%{ if var.nightly }Nightly%{ else }Hourly%{ endif } copy"
  tags = {
    owners = "%{ for o in var.owners }${o} %{ endfor ~}"
    quoted = "%{ if var.x == "}" }a%{ endif }"
    kept   = "100%% sure, %%{ not a directive }"
  }
  kms_arn = <<-EOT
    %{~ if var.key != null ~}
    ${var.key}
    %{~ endif ~}
    EOT
}
