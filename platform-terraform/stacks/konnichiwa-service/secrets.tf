# The API keys clients must send, as one comma-separated string in KONNICHIWA_API_KEYS.
# Terraform creates the secret with one random key so the first deployment starts; operators then
# rotate or add keys with `aws secretsmanager put-secret-value` and Terraform leaves the value alone.
resource "aws_secretsmanager_secret" "api_keys" {
  name                    = "cloudsuite/${var.environment}/konnichiwa/api-keys"
  description             = "konnichiwa-service API keys, comma-separated"
  recovery_window_in_days = var.secret_recovery_window_days
  tags                    = module.service.tags
}

resource "random_password" "initial_api_key" {
  length  = 40
  special = false
}

resource "aws_secretsmanager_secret_version" "api_keys" {
  secret_id     = aws_secretsmanager_secret.api_keys.id
  secret_string = random_password.initial_api_key.result

  lifecycle {
    ignore_changes = [secret_string]
  }
}
