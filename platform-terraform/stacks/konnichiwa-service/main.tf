module "service" {
  source = "../../modules/ecs-fargate-service"

  # Literals on purpose, checked by platform-terraform's StackEndpointRule: service with this folder's name (it picks
  # the image and names the host konnichiwa.<domain>), port and liveness path with konnichiwa-service's
  # application.properties.
  service        = "konnichiwa-service"
  container_port = 8080
  liveness_path  = "/q/health/live"

  stage                  = var.environment
  platform               = data.terraform_remote_state.platform.outputs
  image_tag              = var.image_tag
  listener_rule_priority = 500

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
}
