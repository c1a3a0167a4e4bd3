variable "environment" {
  description = "Environment name: dev or production."
  type        = string

  validation {
    condition     = contains(["dev", "production"], var.environment)
    error_message = "environment must be dev or production."
  }
}

variable "region" {
  description = "AWS region of the environment (also where the state bucket is)."
  type        = string
}

variable "state_bucket" {
  description = "S3 bucket holding the Terraform states of this environment, including the platform stack's."
  type        = string
}

variable "image_tag" {
  description = "Image tag to deploy: the git commit SHA CI built and pushed. No default: every apply names the image it deploys."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", var.image_tag))
    error_message = "image_tag must be a valid Docker tag (CI passes the commit SHA)."
  }
}

variable "cpu" {
  description = "Task CPU units (256 = 0.25 vCPU)."
  type        = number
}

variable "memory" {
  description = "Task memory in MiB."
  type        = number
}

variable "min_capacity" {
  description = "Minimum (and initial) number of tasks. At least 3: the seed's contract is three replicas sharing one counter."
  type        = number

  validation {
    condition     = var.min_capacity >= 3
    error_message = "bullets-service runs at least 3 tasks."
  }
}

variable "max_capacity" {
  description = "Maximum number of tasks autoscaling may run."
  type        = number
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the service's logs."
  type        = number
}

variable "redis_node_type" {
  description = "Cache node type of the counter's Redis."
  type        = string
}

variable "redis_num_cache_clusters" {
  description = "Redis nodes: 1 (dev) or 2+ for a replica with automatic failover (production)."
  type        = number
}

variable "redis_snapshot_retention_days" {
  description = "Days of daily Redis snapshots to keep (the counter lives only in Redis); 0 disables them."
  type        = number
}
