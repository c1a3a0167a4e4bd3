locals {
  service       = "people-info-service"
  name          = "people-info-${var.environment}"
  platform      = data.terraform_remote_state.platform.outputs
  surname_index = "surname-index"

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
  listener_rule_priority          = 400
  host_name                       = "people-info.${local.platform.domain_name}"
  route53_zone_id                 = local.platform.route53_zone_id

  image              = "${local.platform.ecr_repository_urls[local.service]}:${var.image_tag}"
  ecr_repository_arn = local.platform.ecr_repository_arns[local.service]

  # Literal on purpose: the repository checks compare them with people-info-service's application.properties.
  container_port    = 8080
  health_check_path = "/q/health/ready"

  cpu                = var.cpu
  memory             = var.memory
  min_capacity       = var.min_capacity
  max_capacity       = var.max_capacity
  log_retention_days = var.log_retention_days

  environment = {
    QUARKUS_REDIS_HOSTS         = module.redis.url
    QUARKUS_DYNAMODB_AWS_REGION = var.region
    PEOPLE_INFO_TABLE_NAME      = aws_dynamodb_table.people.name
    PEOPLE_INFO_SURNAME_INDEX   = local.surname_index
  }

  secrets = {
    QUARKUS_REDIS_PASSWORD = module.redis.auth_token_secret_arn
  }

  task_role_statements = [
    {
      sid       = "PeopleTable"
      actions   = ["dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query"]
      resources = [aws_dynamodb_table.people.arn]
    },
    {
      sid       = "SurnameIndex"
      actions   = ["dynamodb:Query"]
      resources = ["${aws_dynamodb_table.people.arn}/index/${local.surname_index}"]
    },
  ]

  tags = local.tags
}
