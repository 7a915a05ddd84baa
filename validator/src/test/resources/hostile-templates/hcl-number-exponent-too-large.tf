resource "aws_appflow_flow" "x" {
  name = "numbers"
  description = "fine"
  x = 1e999999999999
}
