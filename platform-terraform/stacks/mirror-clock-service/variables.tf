variable "min_capacity" {
  description = "Minimum (and initial) number of tasks."
  type        = number
}
