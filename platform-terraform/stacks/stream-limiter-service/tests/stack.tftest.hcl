# stream-limiter-service's stack with its env/dev.tfvars (passed by terraform-check.sh), applied with mocked AWS
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
    condition     = output.service_url == "https://stream-limiter.dev.cloudsuite.example.com" && output.ecs_service_name == "stream-limiter-dev"
    error_message = "The stack must deploy stream-limiter-service (its folder's name) as stream-limiter-dev on stream-limiter.<domain>."
  }
}

