module "service" {
  source = "../../modules/ecs-fargate-service"

  # Literals on purpose, compared by the repository checks: service with this folder's name (it picks the image
  # and names the host stream-limiter.<domain>), port and liveness path with stream-limiter-service's application.properties.
  service        = "stream-limiter-service"
  container_port = 8080
  liveness_path  = "/q/health/live"

  stage                  = var.environment
  platform               = data.terraform_remote_state.platform.outputs
  image_tag              = var.image_tag
  listener_rule_priority = 300

  cpu                = var.cpu
  memory             = var.memory
  min_capacity       = var.min_capacity
  max_capacity       = var.max_capacity
  log_retention_days = var.log_retention_days

  # Throttle and system-error alarms per table.
  dynamodb_table_names = [aws_dynamodb_table.streams.name]

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
}
