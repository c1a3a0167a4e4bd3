environment       = "dev"
region            = "eu-west-1"
state_bucket_name = "cloudsuite-terraform-state-dev"
github_repository = "cloudsuite/cloud-services-suite"
# The environment's public hosted zone (the platform stack's domain_name).
domain_name = "dev.cloudsuite.example.com"
# false when the account already has a GitHub OIDC provider (e.g. for another project).
create_github_oidc_provider = true
