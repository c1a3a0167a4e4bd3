# people-info-service's stack with its env/dev.tfvars (passed by terraform-check.sh), applied with mocked AWS
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
    condition     = output.service_url == "https://people-info.dev.cloudsuite.example.com" && output.ecs_service_name == "people-info-dev"
    error_message = "The stack must deploy people-info-service (its folder's name) as people-info-dev on people-info.<domain>."
  }

  assert {
    # Redis over TLS and the egress to it: tests/redis.tftest.hcl (service-stack/tests).
    condition     = jsonencode(module.service.container_secret_names) == jsonencode(["QUARKUS_REDIS_PASSWORD"])
    error_message = "The only secret is the Redis AUTH token, from Secrets Manager."
  }
  assert {
    condition     = module.redis.maxmemory_policy == "allkeys-lru"
    error_message = "people-info's Redis is a read cache in front of DynamoDB: allkeys-lru."
  }
}

