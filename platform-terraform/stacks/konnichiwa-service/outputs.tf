output "api_keys_secret_arn" {
  description = "Secrets Manager secret holding the API keys (KONNICHIWA_API_KEYS); operators rotate its value."
  value       = aws_secretsmanager_secret.api_keys.arn
}
