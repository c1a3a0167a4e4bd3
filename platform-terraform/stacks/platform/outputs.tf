# Read by every service stack through terraform_remote_state.

output "environment" {
  description = "Environment name."
  value       = var.environment
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.network.vpc_id
}

output "private_subnet_ids" {
  description = "Private subnets for tasks and caches, one per availability zone."
  value       = module.network.private_subnet_ids
}

output "availability_zones" {
  description = "Availability zones the subnets span."
  value       = module.network.availability_zones
}

output "cluster_name" {
  description = "Name of the ECS cluster."
  value       = module.cluster.cluster_name
}

output "cluster_arn" {
  description = "ARN of the ECS cluster."
  value       = module.cluster.cluster_arn
}

output "load_balancer_dns_name" {
  description = "DNS name of the shared load balancer."
  value       = module.cluster.load_balancer_dns_name
}

output "load_balancer_zone_id" {
  description = "Canonical hosted zone of the load balancer, for alias records."
  value       = module.cluster.load_balancer_zone_id
}

output "load_balancer_security_group_id" {
  description = "Security group of the load balancer."
  value       = module.cluster.load_balancer_security_group_id
}

output "listener_arn" {
  description = "Listener that carries the services' host rules."
  value       = module.cluster.listener_arn
}

output "url_scheme" {
  description = "Scheme the services are reached with: https or http."
  value       = module.cluster.url_scheme
}

output "domain_name" {
  description = "Domain under which each service answers as <service>.<domain_name>."
  value       = var.domain_name
}

output "route53_zone_id" {
  description = "Hosted zone in which service stacks create their alias records."
  value       = data.aws_route53_zone.this.zone_id
}

output "ecr_repository_urls" {
  description = "ECR repository URL per service (module name => URL)."
  value       = { for k, m in module.ecr : k => m.repository_url }
}

output "ecr_repository_arns" {
  description = "ECR repository ARN per service (module name => ARN)."
  value       = { for k, m in module.ecr : k => m.repository_arn }
}

output "service_permissions_boundary_arn" {
  description = "Permissions boundary (created by the bootstrap) the service module puts on every role it creates."
  value       = data.aws_iam_policy.service_boundary.arn
}

output "alarm_topic_arn" {
  description = "SNS topic every alarm of the environment notifies."
  value       = aws_sns_topic.alarms.arn
}

output "load_balancer_arn_suffix" {
  description = "The load balancer's CloudWatch dimension (app/<name>/<id>), for the services' alarms."
  value       = module.cluster.load_balancer_arn_suffix
}
