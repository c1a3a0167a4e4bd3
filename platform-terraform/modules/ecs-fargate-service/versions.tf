terraform {
  # 1.9+ lets a variable's validation refer to other variables.
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 6.0 replaced data.aws_region's `name` with `region`; 6.11 fails an apply waiting for a steady state when
      # the deployment circuit breaker (or a deployment alarm) rolls the deployment back.
      version = ">= 6.37, < 7.0"
    }
  }
}
