variable "environment" {
  description = "Environment name: dev or production."
  type        = string

  validation {
    condition     = contains(["dev", "production"], var.environment)
    error_message = "environment must be dev or production."
  }
}

variable "account_id" {
  description = "The environment's own AWS account (dev and production are separate accounts): applying with credentials of any other account fails."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id))
    error_message = "account_id must be a 12-digit AWS account ID."
  }
}

variable "region" {
  description = "AWS region of the environment."
  type        = string
}

variable "domain_name" {
  description = "Public Route 53 hosted zone of the environment (e.g. dev.cloudsuite.example.com); each service answers on <service>.<domain_name>."
  type        = string
}

variable "enable_https" {
  description = "Issue a wildcard ACM certificate for the domain and serve HTTPS (HTTP redirects to it)."
  type        = bool
  default     = true
}

variable "certificate_arn" {
  description = "An existing ACM certificate (in region) covering *.<domain_name> for the HTTPS listener; null issues and validates one in the hosted zone when enable_https is true."
  type        = string
  default     = null
}

variable "vpc_cidr_block" {
  description = "IPv4 range of the VPC."
  type        = string
  default     = "10.0.0.0/16"
}

variable "single_nat_gateway" {
  description = "One NAT gateway for all zones (dev) instead of one per zone (production)."
  type        = bool
  default     = true
}

variable "ingress_cidr_blocks" {
  description = "IPv4 ranges allowed to reach the load balancer."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "container_insights" {
  description = "Enable CloudWatch Container Insights on the cluster."
  type        = bool
  default     = false
}

variable "load_balancer_deletion_protection" {
  description = "Protect the load balancer from deletion."
  type        = bool
  default     = false
}

variable "image_pull_principal_arns" {
  description = "IAM roles of other accounts allowed to pull the service images (dev: the production plan role, which promotes the digest dev tested); empty when dev and production share an account."
  type        = list(string)
  default     = []
}

variable "alarm_emails" {
  description = "E-mail addresses subscribed to the environment's alarm topic (each confirms by mail); empty subscribes nobody."
  type        = list(string)
  default     = []
}

variable "interface_endpoints" {
  description = "AWS services the tasks reach through interface endpoints instead of the NAT gateway, e.g. [\"ecr.api\", \"ecr.dkr\", \"logs\", \"secretsmanager\"]; empty: none (docs/deploy.md, \"Cost\")."
  type        = list(string)
  default     = []
}
