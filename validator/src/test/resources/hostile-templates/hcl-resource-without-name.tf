resource "aws_appflow_flow" {
  name = "bad name"
}
