variable "service" {
  description = "Maven module of the service, e.g. bullets-service. Picks its ECR repository in the platform and names everything else: host <service without -service>.<domain>, resources <service without -service>-<stage>, tag Stack."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]*-service$", var.service))
    error_message = "service must be the service's Maven module name: lowercase letters, digits and dashes, ending in -service."
  }

  validation {
    # The name is also the target group's, which AWS limits to 32 characters.
    condition     = can(regex("^[a-z][a-z0-9-]{0,31}$", "${trimsuffix(var.service, "-service")}-${var.stage}"))
    error_message = "<service without -service>-<stage> must be at most 32 lowercase letters, digits or dashes (target group name limit)."
  }

  validation {
    condition     = contains(keys(var.platform.ecr_repository_urls), var.service) && contains(keys(var.platform.ecr_repository_arns), var.service)
    error_message = "The platform stack has no ECR repository for this service: add it to locals.services in stacks/platform/main.tf and apply the platform first."
  }
}

variable "stage" {
  description = "Deployment stage, e.g. dev or production: reported by GET /ping (SUITE_SERVICE_STAGE), suffix of the resource names, tag Environment."
  type        = string
}

variable "platform" {
  description = "The shared platform of the environment: pass the platform stack's outputs (data.terraform_remote_state.platform.outputs). Only these attributes are used; route53_zone_id null manages DNS elsewhere."
  type = object({
    cluster_name                    = string
    cluster_arn                     = string
    vpc_id                          = string
    private_subnet_ids              = list(string)
    load_balancer_security_group_id = string
    load_balancer_dns_name          = string
    load_balancer_zone_id           = string
    listener_arn                    = string
    url_scheme                      = string
    domain_name                     = string
    route53_zone_id                 = string
    ecr_repository_urls             = map(string)
    ecr_repository_arns             = map(string)
    # Every role the module creates carries it: the CI deploy role may only create roles with it attached.
    service_permissions_boundary_arn = string
    # The environment's alarm topic and the load balancer's metric dimension.
    alarm_topic_arn          = string
    load_balancer_arn_suffix = string
  })
}

variable "image_tag" {
  description = "Tag of the image to run from the service's ECR repository: the git commit SHA CI built and pushed. The task definition pins the digest the tag names at plan time."
  type        = string
}

variable "listener_rule_priority" {
  description = "Priority of the listener rule; unique per listener, so each stack owns a fixed one."
  type        = number
}

variable "container_port" {
  description = "Port the container listens on (Quarkus: quarkus.http.port in the prod profile, 8080 by default)."
  type        = number
  default     = 8080
}

variable "management_port" {
  description = "Port of Quarkus' management interface (quarkus.management.port, 9000), where health is served in prod: probed by the container health check (liveness) and the target group (readiness), never routed to clients."
  type        = number
  default     = 9000

  validation {
    condition     = var.management_port != var.container_port
    error_message = "management_port must differ from container_port: health and metrics are not served on the public port."
  }
}

variable "readiness_path" {
  description = "Readiness path (Quarkus: /q/health/ready) the target group probes on management_port: a task receives requests only while its backends answer."
  type        = string
  default     = "/q/health/ready"

  validation {
    condition     = startswith(var.readiness_path, "/")
    error_message = "readiness_path must start with a slash."
  }
}

variable "liveness_path" {
  description = "Liveness path (Quarkus: /q/health/live) probed by the container health check on management_port. Never readiness: readiness is DOWN while a shared backend (Redis, DynamoDB) is down, and ECS would then replace every healthy task in a loop during an outage the services ride out with 503 + Retry-After."
  type        = string
  default     = "/q/health/live"

  validation {
    condition     = startswith(var.liveness_path, "/")
    error_message = "liveness_path must start with a slash."
  }

  validation {
    condition     = !strcontains(var.liveness_path, "ready")
    error_message = "liveness_path must not be a readiness path: a backend outage would make ECS kill every task."
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

variable "slow_start_seconds" {
  description = "Seconds the target group ramps a new task's share of requests up from zero (a fresh JVM runs its first requests interpreted; taken at full rate they queue, time out and are retried). Applies when a task joins healthy ones, as in a rolling deploy or a scale-out. 0 disables it."
  type        = number
  default     = 60

  validation {
    condition     = var.slow_start_seconds == 0 || (var.slow_start_seconds >= 30 && var.slow_start_seconds <= 900)
    error_message = "slow_start_seconds must be 0 (off) or 30-900, the range the load balancer accepts."
  }
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

variable "alarms" {
  description = "Thresholds of the service's alarms: 5xx share of responses in percent, p99 response time in seconds."
  type = object({
    error_rate_percent  = number
    p99_latency_seconds = number
  })
  default = {
    error_rate_percent  = 5
    p99_latency_seconds = 1
  }
}

variable "dynamodb_table_names" {
  description = "Names of the DynamoDB tables the service uses (e.g. [aws_dynamodb_table.people.name]): each gets throttle and system-error alarms. Names known at plan time."
  type        = list(string)
  default     = []
}

variable "iam_path" {
  description = "IAM path of the roles; the CI deploy role may create and pass roles under this path only."
  type        = string
  default     = "/cloudsuite/"
}

variable "tags" {
  description = "Extra tags, merged over the common ones the module puts on every resource (Project, Environment = stage, Stack = service, ManagedBy)."
  type        = map(string)
  default     = {}
}
