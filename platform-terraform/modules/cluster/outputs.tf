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
  value       = var.enable_https ? aws_lb_listener.https[0].arn : aws_lb_listener.http.arn
}

output "url_scheme" {
  description = "Scheme clients use to reach the services: https or http."
  value       = var.enable_https ? "https" : "http"
}
