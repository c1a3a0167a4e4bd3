output "cluster_name" {
  description = "Name of the ECS cluster."
  value       = aws_ecs_cluster.this.name
}

output "cluster_arn" {
  description = "ARN of the ECS cluster."
  value       = aws_ecs_cluster.this.arn
}

output "load_balancer_arn" {
  description = "ARN of the load balancer."
  value       = aws_lb.this.arn
}

output "load_balancer_arn_suffix" {
  description = "ARN suffix of the load balancer (app/<name>/<id>), its dimension in CloudWatch metrics."
  value       = aws_lb.this.arn_suffix
}

output "load_balancer_dns_name" {
  description = "DNS name of the load balancer (target of the services' alias records)."
  value       = aws_lb.this.dns_name
}

output "load_balancer_zone_id" {
  description = "Canonical hosted zone of the load balancer, for alias records."
  value       = aws_lb.this.zone_id
}

output "load_balancer_security_group_id" {
  description = "Security group of the load balancer; services admit traffic from it only."
  value       = aws_security_group.load_balancer.id
}

output "listener_arn" {
  description = "Listener that carries the services' host rules: HTTPS when enabled, HTTP otherwise."
  value       = local.services_listener_arn
}

output "url_scheme" {
  description = "Scheme clients use to reach the services: https or http."
  value       = var.enable_https ? "https" : "http"
}

output "access_logs_bucket" {
  description = "S3 bucket of the load balancer's access logs."
  value       = aws_s3_bucket.access_logs.id
}
