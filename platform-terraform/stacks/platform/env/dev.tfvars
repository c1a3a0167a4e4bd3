environment = "dev"
# The environment's own account; dev and production are separate accounts (docs/deploy.md).
account_id = "111111111111"
region     = "eu-west-1"
# A public hosted zone in the dev account (delegated from the parent domain); see docs/deploy.md.
domain_name        = "dev.cloudsuite.example.com"
enable_https       = true
single_nat_gateway = true
container_insights = false

load_balancer_deletion_protection = false
