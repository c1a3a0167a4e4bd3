environment       = "dev"
region            = "eu-west-1"
state_bucket_name = "cloudsuite-terraform-state-dev"
github_repository = "cloudsuite/cloud-services-suite"
# false if another environment's bootstrap already created the provider in the same account.
create_github_oidc_provider = true
