variable "min_capacity" {
  description = "Minimum (and initial) number of tasks. At least 3, one per availability zone, as the seed deployed it."
  type        = number

  validation {
    condition     = var.min_capacity >= 3
    error_message = "stream-limiter-service runs at least 3 tasks, one per availability zone."
  }
}

variable "table_deletion_protection" {
  description = "Refuse to delete the streams table."
  type        = bool
}
