terraform {
  # 1.10 brought S3 native state locking (use_lockfile), which the backend files rely on.
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # Exactly the build the offline mirror (/opt/tf-plugins) and every committed .terraform.lock.hcl hold.
      version = "5.100.0"
    }
  }
}
