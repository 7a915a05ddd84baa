resource "aws_appflow_flow" "x" {
  name = "numbers"
  tags = {
    a = -1e99999999999
  }
}
