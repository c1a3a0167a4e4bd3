# The fired-bullets counter lives only here, beside the idempotency records of recent requests. Under memory
# pressure volatile-lru evicts only keys with a TTL, least recently used first (the oldest records), never the
# counter, which has none: a flood of new idempotency keys cannot cost a counted bullet. Not volatile-ttl: it would
# evict the per-client rate keys first (their TTL is the shortest), lifting the bound on new records in a flood.
module "redis" {
  source = "../../modules/redis"

  name                       = module.service.name
  vpc_id                     = data.terraform_remote_state.platform.outputs.vpc_id
  subnet_ids                 = data.terraform_remote_state.platform.outputs.private_subnet_ids
  allowed_security_group_ids = { "bullets-service" = module.service.security_group_id }
  node_type                  = var.redis_node_type
  num_cache_clusters         = var.redis_num_cache_clusters
  maxmemory_policy           = "volatile-lru"
  snapshot_retention_days    = var.redis_snapshot_retention_days
  secret_name                = "cloudsuite/${var.environment}/bullets/redis-auth-token"
  alarm_topic_arn            = data.terraform_remote_state.platform.outputs.alarm_topic_arn
  tags                       = module.service.tags
}

resource "aws_vpc_security_group_egress_rule" "to_redis" {
  security_group_id            = module.service.security_group_id
  description                  = "Redis"
  ip_protocol                  = "tcp"
  from_port                    = module.redis.port
  to_port                      = module.redis.port
  referenced_security_group_id = module.redis.security_group_id
}
