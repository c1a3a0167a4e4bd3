variable "name" {
  description = "Replication group ID and name prefix of its parts, e.g. bullets-dev (lowercase, at most 40 characters)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,39}$", var.name))
    error_message = "name must be 1-40 lowercase letters, digits or dashes and start with a letter."
  }
}

variable "vpc_id" {
  description = "VPC of the cache's security group."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets the nodes may be placed in."
  type        = list(string)
}

variable "allowed_security_group_ids" {
  description = "Security groups admitted on the Redis port (client name => security group ID). Static keys, because the IDs may be unknown until apply."
  type        = map(string)
  default     = {}
}

variable "engine" {
  description = "Cache engine: valkey (Redis-compatible, priced about 20 % below redis) or redis."
  type        = string
  default     = "valkey"

  validation {
    condition     = contains(["valkey", "redis"], var.engine)
    error_message = "engine must be valkey or redis."
  }
}

variable "engine_version" {
  description = "Engine version, e.g. 8.0 for valkey or 7.1 for redis."
  type        = string
  default     = "8.0"
}

variable "parameter_group_family" {
  description = "Parameter group family matching engine and version, e.g. valkey8 or redis7."
  type        = string
  default     = "valkey8"
}

variable "node_type" {
  description = "Cache node type."
  type        = string
  default     = "cache.t4g.micro"
}

variable "num_cache_clusters" {
  description = "Number of nodes: 1 for a single primary, 2 or more for replicas with automatic failover across zones."
  type        = number
  default     = 1

  validation {
    condition     = var.num_cache_clusters >= 1 && var.num_cache_clusters <= 6
    error_message = "num_cache_clusters must be between 1 and 6."
  }
}

variable "maxmemory_policy" {
  description = "What the cache does when memory is full: volatile-lru to evict only keys with a TTL (never a counter without one), noeviction for data that must not vanish, allkeys-lru for a pure cache."
  type        = string

  validation {
    condition     = contains(["noeviction", "allkeys-lru", "volatile-lru", "allkeys-lfu", "volatile-lfu", "volatile-ttl"], var.maxmemory_policy)
    error_message = "maxmemory_policy must be a Redis eviction policy."
  }
}

variable "snapshot_retention_days" {
  description = "Days of daily snapshots to keep; 0 disables backups."
  type        = number
  default     = 0
}

variable "secret_name" {
  description = "Name of the Secrets Manager secret that holds the AUTH token, e.g. cloudsuite/dev/bullets/redis-auth-token."
  type        = string
}

variable "secret_recovery_window_days" {
  description = "Days a deleted auth token secret can be restored; 0 deletes it at once."
  type        = number
  default     = 7
}

variable "apply_immediately" {
  description = "Apply modifications now instead of in the next maintenance window."
  type        = bool
  default     = false
}

variable "alarm_topic_arn" {
  description = "SNS topic the cache's alarms notify (engine CPU, memory, evictions): the platform's alarm_topic_arn."
  type        = string
}

variable "alarms" {
  description = "Thresholds of the cache's alarms, in percent: engine CPU and memory used of maxmemory."
  type = object({
    engine_cpu_percent = number
    memory_percent     = number
  })
  default = {
    engine_cpu_percent = 80
    memory_percent     = 80
  }
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
