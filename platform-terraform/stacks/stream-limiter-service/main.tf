locals {
  # The stack's tables by their tables.json id (tests/dynamodb.tftest.hcl compares each with that file).
  dynamodb_tables = { streams = aws_dynamodb_table.streams }
}

module "service" {
  source = "../../modules/ecs-fargate-service"

  # Literals on purpose, checked by platform-terraform's StackEndpointRule: service with this folder's name (it picks
  # the image and names the host stream-limiter.<domain>), port and liveness path with stream-limiter-service's
  # application.properties.
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
  dynamodb_table_names = [for table in values(local.dynamodb_tables) : table.name]

  environment = {
    QUARKUS_DYNAMODB_AWS_REGION = var.region
    # The env var form of the table's name_property in dynamodb/tables.json (stream-limiter.dynamodb.streams-table).
    STREAM_LIMITER_DYNAMODB_STREAMS_TABLE = aws_dynamodb_table.streams.name
  }

  # Exactly the calls the service makes on its table (the "actions" of dynamodb/tables.json): DescribeTable for
  # readiness, PutItem to take a slot, TransactWriteItems of two Puts (a slot and an Idempotency-Key; IAM checks
  # PutItem for each), GetItem to replay a key, Query to list a viewer's slots, UpdateItem for heartbeats and
  # to end a stream (an end marks its slot, so a retried end recognises its own). The table has no index.
  task_role_statements = [
    {
      sid       = "StreamsTable"
      actions   = ["dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"]
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
