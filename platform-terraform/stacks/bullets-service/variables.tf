variable "min_capacity" {
  description = "Minimum (and initial) number of tasks. At least 3: the seed's contract is three replicas sharing one counter."
  type        = number

  validation {
    condition     = var.min_capacity >= 3
    error_message = "bullets-service runs at least 3 tasks."
  }
}
