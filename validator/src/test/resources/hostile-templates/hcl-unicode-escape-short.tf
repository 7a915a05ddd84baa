resource "aws_appflow_flow" "x" {
  name = "caf\u00e"
}
