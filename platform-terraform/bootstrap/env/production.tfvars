environment       = "production"
region            = "eu-west-1"
state_bucket_name = "cloudsuite-terraform-state-production"
github_repository = "cloudsuite/cloud-services-suite"
# The environment's public hosted zone (the platform stack's domain_name).
domain_name = "cloudsuite.example.com"
# false when the account already has a GitHub OIDC provider (e.g. for another project).
create_github_oidc_provider = true
# dev's account (a separate one): production promotes the image digests dev deployed from its registry.
promote_from_account_id = "111111111111"
