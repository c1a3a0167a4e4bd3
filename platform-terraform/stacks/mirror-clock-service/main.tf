module "service" {
  source = "../../modules/ecs-fargate-service"

  # Literals on purpose, checked by platform-terraform's StackEndpointRule: service with this folder's name (it picks
  # the image and names the host mirror-clock.<domain>), port and liveness path with mirror-clock-service's
  # application.properties.
  service        = "mirror-clock-service"
  container_port = 8080
  liveness_path  = "/q/health/live"

  stage                  = var.environment
  platform               = data.terraform_remote_state.platform.outputs
  image_tag              = var.image_tag
  listener_rule_priority = 200

  cpu                = var.cpu
  memory             = var.memory
  min_capacity       = var.min_capacity
  max_capacity       = var.max_capacity
  log_retention_days = var.log_retention_days

  # A pure function of its input: no backend, no AWS permissions, nothing secret.
  task_role_statements = []
}
