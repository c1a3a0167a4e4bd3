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
  value       = var.host_name
}
