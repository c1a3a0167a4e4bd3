environment  = "production"
region       = "eu-west-1"
state_bucket = "cloudsuite-terraform-state-production"

cpu                = 512
memory             = 1024
min_capacity       = 2
max_capacity       = 6
log_retention_days = 90
