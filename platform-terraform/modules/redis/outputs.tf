output "replication_group_id" {
  description = "ID of the replication group."
  value       = aws_elasticache_replication_group.this.id
}

output "primary_endpoint_address" {
  description = "Host name of the primary node (follows failovers)."
  value       = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "port" {
  description = "Port the cache listens on."
  value       = local.port
}

output "url" {
  description = "TLS connection URL for the Quarkus Redis client (QUARKUS_REDIS_HOSTS), without credentials."
  value       = "rediss://${aws_elasticache_replication_group.this.primary_endpoint_address}:${local.port}"
}

output "auth_token_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the AUTH token (inject it as QUARKUS_REDIS_PASSWORD)."
  # From the version, so that consumers wait until the secret has a value.
  value = aws_secretsmanager_secret_version.auth_token.arn
}

output "auth_token_secret_name" {
  description = "Name of the Secrets Manager secret holding the AUTH token."
  value       = aws_secretsmanager_secret.auth_token.name
}

output "security_group_id" {
  description = "Security group of the cache; clients need egress to it on port."
  value       = aws_security_group.this.id
}

output "maxmemory_policy" {
  description = "Eviction policy of the cache's parameter group."
  value       = one([for p in aws_elasticache_parameter_group.this.parameter : p.value if p.name == "maxmemory-policy"])
}
