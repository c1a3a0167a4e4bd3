# konnichiwa-service's stack with its env/dev.tfvars (passed by terraform-check.sh), applied with mocked AWS
# and the platform stack's outputs as the remote state would give them (tests/mocks).
mock_provider "aws" {
  source = "../../tests/mocks"
}

# The platform stack's outputs, as the remote state gives them in dev.
mock_provider "terraform" {
  source = "../../tests/mocks/platform"
}

variables {
  image_tag = "0123456789abcdef0123456789abcdef01234567"
}

run "stack_with_its_dev_variables" {
  command = apply

  assert {
    condition     = output.service_url == "https://konnichiwa.dev.cloudsuite.example.com" && output.ecs_service_name == "konnichiwa-dev"
    error_message = "The stack must deploy konnichiwa-service (its folder's name) as konnichiwa-dev on konnichiwa.<domain>."
  }

  assert {
    condition     = jsonencode(module.service.container_secret_names) == jsonencode(["KONNICHIWA_API_KEYS"]) && length(module.service.task_role_statements) == 0
    error_message = "The keys reach the task from Secrets Manager at start; the application itself has no AWS permission."
  }
  assert {
    # load-check-key.sh reads the load check's key from this secret, by this name.
    condition     = aws_secretsmanager_secret.api_keys.name == "cloudsuite/dev/konnichiwa/api-keys"
    error_message = "The post-deploy load check reads the key from cloudsuite/<environment>/konnichiwa/api-keys."
  }
  assert {
    condition = (
      aws_secretsmanager_secret_version.api_keys.secret_string == data.aws_secretsmanager_random_password.initial_api_key.random_password
      && data.aws_secretsmanager_random_password.initial_api_key.password_length == 40
      && data.aws_secretsmanager_random_password.initial_api_key.exclude_punctuation
    )
    error_message = "The first key is 40 letters and digits drawn by Secrets Manager."
  }
}

