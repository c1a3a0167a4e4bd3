environment  = "dev"
region       = "eu-west-1"
state_bucket = "cloudsuite-terraform-state-dev"

cpu                = 256
memory             = 1024
min_capacity       = 1
max_capacity       = 2
log_retention_days = 14
