# a comment
resource "aws_appflow_flow" "x" "y" {
  name = "bad name"
}
