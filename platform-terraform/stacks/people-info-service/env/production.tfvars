environment  = "production"
region       = "eu-west-1"
state_bucket = "cloudsuite-terraform-state-production"

cpu                = 512
memory             = 1024
min_capacity       = 2
max_capacity       = 6
log_retention_days = 90

redis_node_type          = "cache.t4g.small"
redis_num_cache_clusters = 2

table_deletion_protection    = true
table_point_in_time_recovery = true
