# The outputs every service stack gives (deploy-service.yml reads service_url, ecs_cluster_name, ecs_service_name
# and task_definition_arn), declared once: each stacks/<service>/ links this file. See service-stack/README.md.
output "service_url" {
  description = "Base URL where the service answers (its own host name on the shared load balancer)."
  value       = module.service.url
}

output "ecr_repository_url" {
  description = "ECR repository CI pushes the image to, tagged with the commit SHA."
  value       = module.service.ecr_repository_url
}

output "ecs_cluster_name" {
  description = "ECS cluster the service runs in."
  value       = module.service.cluster_name
}

output "ecs_service_name" {
  description = "Name of the ECS service."
  value       = module.service.service_name
}

output "task_definition_arn" {
  description = "Task definition (with revision) now deployed."
  value       = module.service.task_definition_arn
}

output "log_group_name" {
  description = "CloudWatch log group of the service."
  value       = module.service.log_group_name
}
