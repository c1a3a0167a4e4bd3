terraform {
  # 1.10 brought S3 native state locking (use_lockfile), which the backend files rely on.
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0, < 7.0"
    }
  }
}
