resource "aws_appflow_flow" "x" {
  name        = "x"
  description = "%{ if var.nightly