# A top-level argument is not a block: Terraform refuses the file.
resource = {
  aws_appflow_flow = {
    x = {
      name = "bad name"
    }
  }
}
