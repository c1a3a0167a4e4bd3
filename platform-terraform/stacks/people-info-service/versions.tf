terraform {
  # 1.10 brought S3 native state locking (use_lockfile), which the backend files rely on.
  required_version = ">= 1.10"

  required_providers {
    # 6.37: the table's index uses global_secondary_index.key_schema (6.29 replaced the deprecated hash_key and
    # range_key with it); later 6.x releases fixed a perpetual diff for a key_schema sort key
    # (hashicorp/terraform-provider-aws#46442) and removal of one index re-creating all (#46602).
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.37, < 7.0"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.6, < 4.0"
    }
  }
}
