variable "min_capacity" {
  description = "Minimum (and initial) number of tasks."
  type        = number
}

variable "table_deletion_protection" {
  description = "Refuse to delete the people table."
  type        = bool
}

variable "table_point_in_time_recovery" {
  description = "Continuous backups of the people table (restore to any second of the last 35 days)."
  type        = bool
}
