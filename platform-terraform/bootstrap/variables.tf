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

variable "github_oidc_subject_prefix" {
  description = "Start of the GitHub OIDC sub claim before \":environment:\", e.g. repo:<owner>/<name> (the default, null, builds it from github_repository). Repositories created after mid-2026 get immutable-id subjects: copy the prefix from a token of the repository (docs/deploy.md)."
  type        = string
  default     = null

  validation {
    condition     = var.github_oidc_subject_prefix == null || !strcontains(coalesce(var.github_oidc_subject_prefix, "-"), "*")
    error_message = "github_oidc_subject_prefix must be literal: no wildcard in a trust policy subject."
  }
}

variable "deploy_workflows" {
  description = "Workflow files (repository-relative) whose jobs may assume the deploy role; matched through the job_workflow_ref part of the sub claim."
  type        = list(string)
  default     = [".github/workflows/deploy-service.yml"]

  validation {
    condition     = length(var.deploy_workflows) > 0 && alltrue([for w in var.deploy_workflows : startswith(w, ".github/workflows/") && !strcontains(w, "*")])
    error_message = "deploy_workflows must name files under .github/workflows/, without wildcards."
  }
}

variable "deploy_branch" {
  description = "The only branch whose deploy workflows may assume the role; also the GitHub environment's deployment branch."
  type        = string
  default     = "main"
}

variable "promote_from_account_id" {
  description = "Production only (required there): dev's AWS account, whose ECR images production promotes by digest. dev and production must be separate accounts; dev leaves it null."
  type        = string
  default     = null

  validation {
    condition     = var.promote_from_account_id == null || can(regex("^[0-9]{12}$", coalesce(var.promote_from_account_id, "-")))
    error_message = "promote_from_account_id must be a 12-digit AWS account ID."
  }
}

variable "domain_name" {
  description = "The environment's public hosted zone (the platform stack's domain_name): the deploy role may change only the services' A records <name>.<domain_name>."
  type        = string
}

variable "create_github_oidc_provider" {
  description = "Create the account's GitHub OIDC identity provider; false when the account already has one (e.g. for another project)."
  type        = bool
  default     = true
}

variable "noncurrent_state_expiry_days" {
  description = "Days old state versions are kept (they allow recovering a damaged state)."
  type        = number
  default     = 90
}
