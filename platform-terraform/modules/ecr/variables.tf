variable "name" {
  description = "Repository name: exactly the service's Maven module name, e.g. bullets-service."
  type        = string
}

variable "tagged_images_to_keep" {
  description = "Number of newest images kept; older ones expire. Rollback reaches back this many deployments."
  type        = number
  default     = 50
}

variable "untagged_image_expiry_days" {
  description = "Days after which untagged images (interrupted pushes, replaced manifests) expire."
  type        = number
  default     = 7
}

variable "force_delete" {
  description = "Allow destroying the repository while it still holds images."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
