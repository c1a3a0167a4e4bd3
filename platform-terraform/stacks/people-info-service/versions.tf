terraform {
  # 1.10 brought S3 native state locking (use_lockfile), which the backend files rely on.
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 6.11+: with wait_for_steady_state, an apply fails when the circuit breaker rolls the deployment back;
      # 6.37+: global_secondary_index key_schema blocks (the non-deprecated syntax) without known defects
      # (docs/deploy.md). The exact version is pinned by the committed .terraform.lock.hcl.
      version = "~> 6.37"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.6, < 4.0"
    }
  }
}
