environment  = "production"
region       = "eu-west-1"
state_bucket = "cloudsuite-terraform-state-production"

cpu                = 512
memory             = 1024
min_capacity       = 3
max_capacity       = 9
log_retention_days = 90

redis_node_type               = "cache.t4g.small"
redis_num_cache_clusters      = 2
redis_snapshot_retention_days = 7
