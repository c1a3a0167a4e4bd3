variable "name" {
  description = "Name of the ECS service, its task family, target group and roles, e.g. bullets-dev. At most 32 characters (target group limit)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,31}$", var.name))
    error_message = "name must be 1-32 lowercase letters, digits or dashes and start with a letter (target group names are limited to 32 characters)."
  }
}

variable "stage" {
  description = "Deployment stage reported by GET /ping (SUITE_SERVICE_STAGE), e.g. dev or production."
  type        = string
}

variable "cluster_name" {
  description = "Name of the ECS cluster the service runs in."
  type        = string
}

variable "cluster_arn" {
  description = "ARN of the ECS cluster the service runs in."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the target group and the service's security group."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets the tasks run in, one per availability zone; tasks get no public IP."
  type        = list(string)
}

variable "load_balancer_security_group_id" {
  description = "Security group of the load balancer: the only source the service's security group admits."
  type        = string
}

variable "listener_arn" {
  description = "Listener of the shared load balancer that carries the host-based rule for this service."
  type        = string
}

variable "listener_rule_priority" {
  description = "Priority of the listener rule; unique per listener, so each stack owns a fixed one."
  type        = number
}

variable "host_name" {
  description = "Host name the listener rule routes to this service, e.g. bullets.dev.example.com."
  type        = string
}

variable "route53_zone_id" {
  description = "Hosted zone in which to create an alias record for host_name pointing at the load balancer; null to manage DNS elsewhere."
  type        = string
  default     = null
}

variable "load_balancer_dns_name" {
  description = "DNS name of the load balancer, target of the alias record."
  type        = string
}

variable "load_balancer_zone_id" {
  description = "Canonical hosted zone of the load balancer, needed by the alias record."
  type        = string
}

variable "image" {
  description = "Full image reference, repository URL and tag, e.g. <account>.dkr.ecr.<region>.amazonaws.com/bullets-service:<git sha>."
  type        = string
}

variable "ecr_repository_arn" {
  description = "ARN of the ECR repository the image comes from; the execution role may pull from this repository only."
  type        = string
}

variable "container_port" {
  description = "Port the container listens on (Quarkus: quarkus.http.port in the prod profile, 8080 by default)."
  type        = number
  default     = 8080
}

variable "health_check_path" {
  description = "Readiness path used by the target group and the container health check (Quarkus: /q/health/ready)."
  type        = string
  default     = "/q/health/ready"

  validation {
    condition     = startswith(var.health_check_path, "/")
    error_message = "health_check_path must start with a slash."
  }
}

variable "cpu" {
  description = "Task CPU units (256 = 0.25 vCPU); must be a Fargate combination with memory."
  type        = number
  default     = 256
}

variable "memory" {
  description = "Task memory in MiB; must be a Fargate combination with cpu. The image sizes the heap at 75 % of it."
  type        = number
  default     = 1024
}

variable "cpu_architecture" {
  description = "CPU architecture of the image: X86_64 or ARM64."
  type        = string
  default     = "X86_64"

  validation {
    condition     = contains(["X86_64", "ARM64"], var.cpu_architecture)
    error_message = "cpu_architecture must be X86_64 or ARM64."
  }
}

variable "environment" {
  description = "Plain environment variables of the container (name => value). SUITE_SERVICE_REGION and SUITE_SERVICE_STAGE are added by the module."
  type        = map(string)
  default     = {}
}

variable "secrets" {
  description = "Environment variables filled from Secrets Manager at task start (name => secret ARN, optionally with a :json-key:: suffix). Only these secrets are readable by the execution role."
  type        = map(string)
  default     = {}
}

variable "task_role_statements" {
  description = "IAM statements of the task role, the only permissions the application gets. Name exact actions and resource ARNs."
  type = list(object({
    sid       = string
    actions   = list(string)
    resources = list(string)
  }))
  default = []

  validation {
    condition     = alltrue([for s in var.task_role_statements : alltrue([for a in s.actions : !strcontains(a, "*")])])
    error_message = "task_role_statements must name exact actions: no wildcard."
  }
}

variable "min_capacity" {
  description = "Minimum number of tasks; also the desired count the service is created with."
  type        = number
  default     = 1

  validation {
    condition     = var.min_capacity >= 1
    error_message = "min_capacity must be at least 1."
  }
}

variable "max_capacity" {
  description = "Maximum number of tasks autoscaling may run."
  type        = number
  default     = 4

  validation {
    condition     = var.max_capacity >= var.min_capacity
    error_message = "max_capacity must not be below min_capacity."
  }
}

variable "cpu_target_percent" {
  description = "Average CPU utilisation the target tracking policy keeps the service at."
  type        = number
  default     = 60
}

variable "step_scaling" {
  description = "Optional step scaling on top of target tracking: add one task when average CPU >= scale_out_cpu_percent, remove one when it is < scale_in_cpu_percent. null disables it."
  type = object({
    scale_out_cpu_percent = number
    scale_in_cpu_percent  = number
    evaluation_periods    = number
    cooldown_seconds      = number
  })
  default = null
}

variable "health_check_grace_period_seconds" {
  description = "Seconds ECS ignores load balancer health checks after a task starts. Sized for a JVM on a fraction of a vCPU."
  type        = number
  default     = 60
}

variable "deregistration_delay_seconds" {
  description = "Seconds the target group drains a stopping task; just above the services' 10 s graceful shutdown."
  type        = number
  default     = 15
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the service's logs."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of the values CloudWatch Logs accepts (never 0: logs must expire)."
  }
}

variable "iam_path" {
  description = "IAM path of the roles; the CI deploy role may create and pass roles under this path only."
  type        = string
  default     = "/cloudsuite/"
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
