variable "min_capacity" {
  description = "Minimum (and initial) number of tasks."
  type        = number
}

variable "secret_recovery_window_days" {
  description = "Days a deleted API keys secret can still be restored; 0 deletes it at once."
  type        = number
}
