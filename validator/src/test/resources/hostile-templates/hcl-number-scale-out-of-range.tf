resource "aws_appflow_flow" "x" {
  name = "numbers"
  x = 1e-2147483648
}
