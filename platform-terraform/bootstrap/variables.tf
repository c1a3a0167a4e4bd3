variable "environment" {
  description = "Environment the account hosts: dev or production."
  type        = string

  validation {
    condition     = contains(["dev", "production"], var.environment)
    error_message = "environment must be dev or production."
  }
}

variable "region" {
  description = "AWS region of the state bucket and of the environment."
  type        = string
}

variable "state_bucket_name" {
  description = "Globally unique name of the S3 bucket for this environment's Terraform states; the env/*.s3.tfbackend files and the stacks' state_bucket name it."
  type        = string
}

variable "github_repository" {
  description = "GitHub repository allowed to deploy, as owner/name."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", var.github_repository))
    error_message = "github_repository must look like owner/name."
  }
}

variable "create_github_oidc_provider" {
  description = "Create the account's GitHub OIDC identity provider; false when another environment in the same account already did."
  type        = bool
  default     = true
}

variable "noncurrent_state_expiry_days" {
  description = "Days old state versions are kept (they allow recovering a damaged state)."
  type        = number
  default     = 90
}
