resource "aws_appflow_flow" "x" {
  name = "bad name"
}
