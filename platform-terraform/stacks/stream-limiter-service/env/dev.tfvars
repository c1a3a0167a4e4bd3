environment  = "dev"
region       = "eu-west-1"
state_bucket = "cloudsuite-terraform-state-dev"

cpu    = 256
memory = 1024
# One task per availability zone, as the seed ran it.
min_capacity       = 3
max_capacity       = 4
log_retention_days = 14

table_deletion_protection = false
