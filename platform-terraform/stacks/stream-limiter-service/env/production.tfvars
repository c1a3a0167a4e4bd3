environment  = "production"
region       = "eu-west-1"
state_bucket = "cloudsuite-terraform-state-production"

cpu                = 512
memory             = 1024
min_capacity       = 3
max_capacity       = 9
log_retention_days = 90

table_deletion_protection = true
