resource "aws_appflow_flow" "x" {
  name        = "caf\u00e9-\U0001F600"
  description = "tab\there \\u0041 \u0041"
}
