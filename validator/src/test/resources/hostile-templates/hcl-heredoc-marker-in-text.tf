resource "aws_appflow_flow" "x" {
  name        = "x"
  description = <<EOT
a line that ends with EOT
xEOT
EOT
}
