# mirror-clock-service's stack with its env/dev.tfvars (passed by terraform-check.sh), applied with mocked AWS
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

run "a_pure_function_with_no_permissions" {
  command = apply

  assert {
    condition     = output.service_url == "https://mirror-clock.dev.cloudsuite.example.com" && output.ecs_service_name == "mirror-clock-dev"
    error_message = "The stack must deploy mirror-clock-service (its folder's name) as mirror-clock-dev on mirror-clock.<domain>."
  }
  assert {
    condition     = length(module.service.task_role_statements) == 0 && length(module.service.container_secret_names) == 0
    error_message = "mirror-clock has no backend: no AWS permission, no secret."
  }
}
