output "service_name" {
  description = "Name of the ECS service."
  value       = aws_ecs_service.this.name
}

output "service_id" {
  description = "ARN of the ECS service."
  value       = aws_ecs_service.this.id
}

output "task_definition_arn" {
  description = "ARN (with revision) of the task definition the service runs."
  value       = aws_ecs_task_definition.this.arn
}

output "target_group_arn" {
  description = "ARN of the service's target group."
  value       = aws_lb_target_group.this.arn
}

output "security_group_id" {
  description = "Security group of the tasks; stacks add egress to their backends and admit it there."
  value       = aws_security_group.this.id
}

output "log_group_name" {
  description = "CloudWatch log group of the container."
  value       = aws_cloudwatch_log_group.this.name
}

output "task_role_arn" {
  description = "ARN of the task role (the application's permissions)."
  value       = aws_iam_role.task.arn
}

output "execution_role_arn" {
  description = "ARN of the execution role (image pull, logs, secrets)."
  value       = aws_iam_role.execution.arn
}

output "host_name" {
  description = "Host name the listener rule routes to the service."
  value       = local.host_name
}

output "url" {
  description = "Base URL of the service: the platform's scheme and host_name, e.g. https://bullets.dev.example.com."
  value       = "${var.platform.url_scheme}://${local.host_name}"
}

output "ecr_repository_url" {
  description = "ECR repository the image comes from (the platform's repository named after service)."
  value       = local.ecr_repository_url
}

output "cluster_name" {
  description = "Name of the ECS cluster the service runs in."
  value       = var.platform.cluster_name
}

output "name" {
  description = "Name of the service's resources, <service without -service>-<stage>. From the inputs alone, so stack resources the service uses (tables, caches) can be named after it."
  value       = local.name
}

output "tags" {
  description = "Tags on every resource of the module (Project, Environment, Stack, ManagedBy, plus tags). From the inputs alone, so the stack's provider default_tags can use them."
  value       = local.tags
}

output "container_environment" {
  description = "Plain environment variables of the container (name => value), including those the module adds."
  value       = local.environment
}

output "container_secret_names" {
  description = "Names of the environment variables filled from Secrets Manager at task start."
  value       = sort(keys(var.secrets))
}

output "task_role_statements" {
  description = "The task role's statements: everything the application may do in AWS."
  value       = var.task_role_statements
}
