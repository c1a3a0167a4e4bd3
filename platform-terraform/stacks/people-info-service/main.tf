locals {
  # Fixed in the service's tables.json (index names are not configuration).
  surname_index = "by-surname"

  # Redis (redis.tf) is a read cache in front of DynamoDB: when memory is full, evict the least recently used entries.
  redis_maxmemory_policy = "allkeys-lru"

  # The stack's tables by their tables.json id (tests/dynamodb.tftest.hcl compares each with that file).
  dynamodb_tables = { people = aws_dynamodb_table.people }
}

module "service" {
  source = "../../modules/ecs-fargate-service"

  # Literals on purpose, checked by platform-terraform's StackEndpointRule: service with this folder's name (it picks
  # the image and names the host people-info.<domain>), port and liveness path with people-info-service's
  # application.properties.
  service        = "people-info-service"
  container_port = 8080
  liveness_path  = "/q/health/live"

  stage                  = var.environment
  platform               = data.terraform_remote_state.platform.outputs
  image_tag              = var.image_tag
  listener_rule_priority = 400

  cpu                = var.cpu
  memory             = var.memory
  min_capacity       = var.min_capacity
  max_capacity       = var.max_capacity
  log_retention_days = var.log_retention_days

  # Throttle and system-error alarms per table.
  dynamodb_table_names = [for table in values(local.dynamodb_tables) : table.name]

  # PEOPLE_INFO_DYNAMODB_PEOPLE_TABLE is the env var form of tables.json's name_property for the table.
  environment = {
    QUARKUS_REDIS_HOSTS = module.redis.url
    # The client's default accepts any trusted certificate: check that it names the cluster's endpoint.
    QUARKUS_REDIS_TLS_HOSTNAME_VERIFICATION_ALGORITHM = "HTTPS"
    QUARKUS_DYNAMODB_AWS_REGION                       = var.region
    PEOPLE_INFO_DYNAMODB_PEOPLE_TABLE                 = aws_dynamodb_table.people.name
  }

  secrets = {
    QUARKUS_REDIS_PASSWORD = module.redis.auth_token_secret_arn
  }

  # Exactly the calls the service makes (tables.json "actions"), on the table and its index; no Scan, no table
  # management (Terraform owns the table; the service creates tables only in dev and test).
  task_role_statements = [
    {
      sid       = "PeopleTable"
      actions   = ["dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query"]
      resources = [aws_dynamodb_table.people.arn, "${aws_dynamodb_table.people.arn}/index/*"]
    },
  ]
}
