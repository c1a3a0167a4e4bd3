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

variable "pull_principal_arns" {
  description = "IAM principals of other accounts that may pull images (production promotes dev's tested digest by copying it). Empty: no repository policy."
  type        = list(string)
  default     = []
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
