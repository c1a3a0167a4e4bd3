locals {
  # The fired-bullets counter lives only in Redis (redis.tf), beside the idempotency records of recent requests.
  # Under memory pressure volatile-lru evicts only keys with a TTL, least recently used first (the oldest records),
  # never the counter, which has none: a flood of new idempotency keys cannot cost a counted bullet. Not
  # volatile-ttl: it would evict the per-client rate keys first (their TTL is the shortest), lifting the bound on
  # new records in a flood.
  redis_maxmemory_policy = "volatile-lru"
}

module "service" {
  source = "../../modules/ecs-fargate-service"

  # Literals on purpose, checked by platform-terraform's StackEndpointRule: service with this folder's name (it picks
  # the image and names the host bullets.<domain>), port and liveness path with bullets-service's
  # application.properties.
  service        = "bullets-service"
  container_port = 8080
  liveness_path  = "/q/health/live"

  stage                  = var.environment
  platform               = data.terraform_remote_state.platform.outputs
  image_tag              = var.image_tag
  listener_rule_priority = 100

  cpu                = var.cpu
  memory             = var.memory
  min_capacity       = var.min_capacity
  max_capacity       = var.max_capacity
  log_retention_days = var.log_retention_days

  # The key prefix keeps its default ("bullets"): the cache belongs to this service alone.
  environment = {
    QUARKUS_REDIS_HOSTS = module.redis.url
    # The client's default accepts any trusted certificate: check that it names the cluster's endpoint.
    QUARKUS_REDIS_TLS_HOSTNAME_VERIFICATION_ALGORITHM = "HTTPS"
  }

  secrets = {
    QUARKUS_REDIS_PASSWORD = module.redis.auth_token_secret_arn
  }

  # The application talks to Redis only: the task role has no AWS permissions.
  task_role_statements = []
}
