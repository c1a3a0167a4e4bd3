# A service's own Redis (Valkey), for the stacks whose service uses one: stacks/<service>/ links this file and
# sets local.redis_maxmemory_policy in its main.tf, with the reason for its choice (what may be evicted under
# memory pressure is the service's decision). TLS with hostname verification and AUTH from Secrets Manager come
# from modules/redis; only the service's security group reaches it. See service-stack/README.md.
variable "redis_node_type" {
  description = "Cache node type of the service's Redis."
  type        = string
}

variable "redis_num_cache_clusters" {
  description = "Redis nodes: 1 (dev) or 2+ for a replica with automatic failover (production)."
  type        = number
}

variable "redis_snapshot_retention_days" {
  description = "Days of daily Redis snapshots to keep; 0 (the default) disables them: for data that lives only in Redis, keep some."
  type        = number
  default     = 0
}

module "redis" {
  source = "../../modules/redis"

  name                       = module.service.name
  vpc_id                     = data.terraform_remote_state.platform.outputs.vpc_id
  subnet_ids                 = data.terraform_remote_state.platform.outputs.private_subnet_ids
  allowed_security_group_ids = zipmap([module.service.tags.Stack], [module.service.security_group_id])
  node_type                  = var.redis_node_type
  num_cache_clusters         = var.redis_num_cache_clusters
  maxmemory_policy           = local.redis_maxmemory_policy
  snapshot_retention_days    = var.redis_snapshot_retention_days
  secret_name                = "cloudsuite/${var.environment}/${trimsuffix(module.service.tags.Stack, "-service")}/redis-auth-token"
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

output "redis_primary_endpoint" {
  description = "Host name of the Redis primary."
  value       = module.redis.primary_endpoint_address
}
