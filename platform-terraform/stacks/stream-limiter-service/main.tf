locals {
  service = "stream-limiter-service"
  name    = "stream-limiter-${var.environment}"

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

  cluster_name                    = data.terraform_remote_state.platform.outputs.cluster_name
  cluster_arn                     = data.terraform_remote_state.platform.outputs.cluster_arn
  vpc_id                          = data.terraform_remote_state.platform.outputs.vpc_id
  subnet_ids                      = data.terraform_remote_state.platform.outputs.private_subnet_ids
  load_balancer_security_group_id = data.terraform_remote_state.platform.outputs.load_balancer_security_group_id
  load_balancer_dns_name          = data.terraform_remote_state.platform.outputs.load_balancer_dns_name
  load_balancer_zone_id           = data.terraform_remote_state.platform.outputs.load_balancer_zone_id
  listener_arn                    = data.terraform_remote_state.platform.outputs.listener_arn
  listener_rule_priority          = 300
  host_name                       = "stream-limiter.${data.terraform_remote_state.platform.outputs.domain_name}"
  route53_zone_id                 = data.terraform_remote_state.platform.outputs.route53_zone_id

  image              = "${data.terraform_remote_state.platform.outputs.ecr_repository_urls[local.service]}:${var.image_tag}"
  ecr_repository_arn = data.terraform_remote_state.platform.outputs.ecr_repository_arns[local.service]

  # Literal on purpose: the repository checks compare them with stream-limiter-service's application.properties.
  container_port    = 8080
  health_check_path = "/q/health/ready"

  cpu                = var.cpu
  memory             = var.memory
  min_capacity       = var.min_capacity
  max_capacity       = var.max_capacity
  log_retention_days = var.log_retention_days

  environment = {
    QUARKUS_DYNAMODB_AWS_REGION = var.region
    STREAM_LIMITER_TABLE_NAME   = aws_dynamodb_table.streams.name
  }

  task_role_statements = [
    {
      sid       = "StreamsTable"
      actions   = ["dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query"]
      resources = [aws_dynamodb_table.streams.arn]
    },
  ]

  # The seed's policy on top of target tracking: one task more at CPU >= 85 %, one less below 10 %.
  step_scaling = {
    scale_out_cpu_percent = 85
    scale_in_cpu_percent  = 10
    evaluation_periods    = 2
    cooldown_seconds      = 120
  }

  tags = local.tags
}
