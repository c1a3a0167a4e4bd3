environment  = "dev"
region       = "eu-west-1"
state_bucket = "cloudsuite-terraform-state-dev"

cpu    = 256
memory = 1024
# Three replicas share one counter, as in the seed, in every environment.
min_capacity       = 3
max_capacity       = 4
log_retention_days = 14

redis_node_type               = "cache.t4g.micro"
redis_num_cache_clusters      = 1
redis_snapshot_retention_days = 0
