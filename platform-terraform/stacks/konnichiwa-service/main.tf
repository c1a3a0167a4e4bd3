locals {
  service  = "konnichiwa-service"
  name     = "konnichiwa-${var.environment}"
  platform = data.terraform_remote_state.platform.outputs

  tags = {
    Project     = "cloudsuite"
    Environment = var.environment
    Stack       = local.service
    ManagedBy   = "terraform"
  }
}

module "service" {
  source = "../../modules/ecs-fargate-service"

  name  = local.name
  stage = var.environment

  cluster_name                    = local.platform.cluster_name
  cluster_arn                     = local.platform.cluster_arn
  vpc_id                          = local.platform.vpc_id
  subnet_ids                      = local.platform.private_subnet_ids
  load_balancer_security_group_id = local.platform.load_balancer_security_group_id
  load_balancer_dns_name          = local.platform.load_balancer_dns_name
  load_balancer_zone_id           = local.platform.load_balancer_zone_id
  listener_arn                    = local.platform.listener_arn
  listener_rule_priority          = 500
  host_name                       = "konnichiwa.${local.platform.domain_name}"
  route53_zone_id                 = local.platform.route53_zone_id

  image              = "${local.platform.ecr_repository_urls[local.service]}:${var.image_tag}"
  ecr_repository_arn = local.platform.ecr_repository_arns[local.service]

  # Literal on purpose: the repository checks compare them with konnichiwa-service's application.properties.
  container_port    = 8080
  health_check_path = "/q/health/ready"

  cpu                = var.cpu
  memory             = var.memory
  min_capacity       = var.min_capacity
  max_capacity       = var.max_capacity
  log_retention_days = var.log_retention_days

  # Read by the ECS agent at task start, never with the application's own AWS credentials.
  secrets = {
    KONNICHIWA_API_KEYS = aws_secretsmanager_secret_version.api_keys.arn
  }

  task_role_statements = []

  tags = local.tags
}
