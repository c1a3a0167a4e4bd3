environment = "production"
# The environment's own account; dev and production are separate accounts (docs/deploy.md).
account_id = "222222222222"
region     = "eu-west-1"
# A public hosted zone in the production account; see docs/deploy.md.
domain_name  = "cloudsuite.example.com"
enable_https = true
# One NAT gateway per zone: losing a zone must not cut the others' egress (image pulls, AWS APIs).
single_nat_gateway = false
container_insights = true

load_balancer_deletion_protection = true
