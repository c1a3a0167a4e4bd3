terraform {
  # 1.9+ lets a variable's validation refer to other variables.
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 6.0 replaced data.aws_region's `name` with `region`.
      version = ">= 6.0"
    }
  }
}
