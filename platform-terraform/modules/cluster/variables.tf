variable "name" {
  description = "Name of the ECS cluster and the load balancer, e.g. cloudsuite-dev."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the load balancer."
  type        = string
}

variable "vpc_cidr_block" {
  description = "IPv4 range of the VPC; the load balancer may only send traffic there."
  type        = string
}

variable "public_subnet_ids" {
  description = "Public subnets of the internet-facing load balancer, one per availability zone."
  type        = list(string)
}

variable "enable_https" {
  description = "Serve HTTPS on 443 with certificate_arn and redirect HTTP to it. A plain bool because the certificate may be created in the same apply; certificate_arn is then required (validated)."
  type        = bool
  default     = false
}

variable "certificate_arn" {
  description = "ACM certificate of the HTTPS listener, covering every service host name (e.g. *.dev.example.com). Required when enable_https is true."
  type        = string
  default     = null

  validation {
    condition     = !var.enable_https || var.certificate_arn != null
    error_message = "certificate_arn is required when enable_https is true."
  }
}

variable "ssl_policy" {
  description = "TLS policy of the HTTPS listener."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}

variable "ingress_cidr_blocks" {
  description = "IPv4 ranges allowed to reach the load balancer."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "container_insights" {
  description = "Enable CloudWatch Container Insights (per-task metrics; billed as custom metrics)."
  type        = bool
  default     = false
}

variable "deletion_protection" {
  description = "Protect the load balancer from deletion."
  type        = bool
  default     = false
}

variable "internal_path_patterns" {
  description = "Path patterns answered 404 by the load balancer on every host (at most 5, an ALB condition limit): operator endpoints the internet must not reach."
  type        = list(string)
  default     = ["/q/metrics*", "/q/openapi*", "/q/swagger-ui*", "/metrics*"]

  validation {
    condition     = length(var.internal_path_patterns) >= 1 && length(var.internal_path_patterns) <= 5
    error_message = "internal_path_patterns must hold 1 to 5 patterns (one listener rule condition)."
  }
}

variable "access_log_retention_days" {
  description = "Days the load balancer's access logs are kept in their bucket."
  type        = number
  default     = 90
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
