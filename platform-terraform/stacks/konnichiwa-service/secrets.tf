# The API keys clients must send, as one comma-separated string in KONNICHIWA_API_KEYS.
# Terraform creates the secret with one random key so the first deployment starts; operators then
# rotate or add keys with `aws secretsmanager put-secret-value` and Terraform leaves the value alone.
resource "aws_secretsmanager_secret" "api_keys" {
  name                    = "cloudsuite/${var.environment}/konnichiwa/api-keys"
  description             = "konnichiwa-service API keys, comma-separated"
  recovery_window_in_days = var.secret_recovery_window_days
  tags                    = module.service.tags
}

# A data source: a new value on every plan, of which only the first is ever stored (ignore_changes below).
data "aws_secretsmanager_random_password" "initial_api_key" {
  password_length     = 40
  exclude_punctuation = true
}

resource "aws_secretsmanager_secret_version" "api_keys" {
  secret_id     = aws_secretsmanager_secret.api_keys.id
  secret_string = data.aws_secretsmanager_random_password.initial_api_key.random_password

  lifecycle {
    ignore_changes = [secret_string]
  }
}
