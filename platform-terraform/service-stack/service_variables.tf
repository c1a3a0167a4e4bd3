# The inputs every service stack takes, declared once: each stacks/<service>/ links this file (a root module must
# declare its own variables, and Terraform has no include). min_capacity stays in each stack's variables.tf, where
# a service that needs a floor validates it. See service-stack/README.md.
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


variable "max_capacity" {
  description = "Maximum number of tasks autoscaling may run."
  type        = number
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the service's logs."
  type        = number
}
