environment  = "dev"
region       = "eu-west-1"
state_bucket = "cloudsuite-terraform-state-dev"

cpu                = 256
memory             = 1024
min_capacity       = 1
max_capacity       = 2
log_retention_days = 14

redis_node_type          = "cache.t4g.micro"
redis_num_cache_clusters = 1

table_deletion_protection    = false
table_point_in_time_recovery = false
