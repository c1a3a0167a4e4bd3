locals {
  name = "cloudsuite-${var.environment}"

  # One ECR repository per service, named exactly after its Maven module.
  # The repository checks (ServiceStackRule) fail when a service of the root pom is missing here.
  services = [
    "bullets-service",
    "mirror-clock-service",
    "stream-limiter-service",
    "people-info-service",
    "konnichiwa-service",
  ]

  tags = {
    Project     = "cloudsuite"
    Environment = var.environment
    Stack       = "platform"
    ManagedBy   = "terraform"
  }
}

module "network" {
  source = "../../modules/network"

  name                = local.name
  cidr_block          = var.vpc_cidr_block
  az_count            = 3
  single_nat_gateway  = var.single_nat_gateway
  interface_endpoints = var.interface_endpoints
}

module "cluster" {
  source = "../../modules/cluster"

  name                = local.name
  vpc_id              = module.network.vpc_id
  vpc_cidr_block      = module.network.vpc_cidr_block
  public_subnet_ids   = module.network.public_subnet_ids
  enable_https        = var.enable_https
  certificate_arn     = local.issue_certificate ? aws_acm_certificate_validation.this[0].certificate_arn : var.certificate_arn
  ingress_cidr_blocks = var.ingress_cidr_blocks
  container_insights  = var.container_insights
  deletion_protection = var.load_balancer_deletion_protection
}

module "ecr" {
  source   = "../../modules/ecr"
  for_each = toset(local.services)

  name                = each.key
  pull_principal_arns = var.image_pull_principal_arns
}

# One account per environment (docs/deploy.md): this stack's names (ECR repositories above all) are the same in
# dev and production, so applying it with the other environment's credentials must stop here.
data "aws_caller_identity" "current" {
  lifecycle {
    postcondition {
      condition     = self.account_id == var.account_id
      error_message = "These credentials are for account ${self.account_id}, but the ${var.environment} platform belongs in account ${var.account_id} (env/${var.environment}.tfvars): dev and production need separate accounts."
    }
  }
}

# Created by the bootstrap; every role of the service stacks must carry it (the deploy role can create no other).
data "aws_iam_policy" "service_boundary" {
  name = "cloudsuite-service-boundary-${var.environment}"
}
