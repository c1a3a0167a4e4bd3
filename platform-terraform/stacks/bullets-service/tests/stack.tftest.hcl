# bullets-service's stack with its env/dev.tfvars (passed by terraform-check.sh), applied with mocked AWS
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
    condition     = output.service_url == "https://bullets.dev.cloudsuite.example.com" && output.ecs_service_name == "bullets-dev"
    error_message = "The stack must deploy bullets-service (its folder's name) as bullets-dev on bullets.<domain>."
  }

  assert {
    # Redis over TLS and the egress to it: tests/redis.tftest.hcl (service-stack/tests).
    condition     = jsonencode(module.service.container_secret_names) == jsonencode(["QUARKUS_REDIS_PASSWORD"])
    error_message = "The only secret is the Redis AUTH token, from Secrets Manager."
  }
  assert {
    condition     = module.redis.maxmemory_policy == "volatile-lru"
    error_message = "Idempotency records carry a TTL and may be evicted; the bullets counter has none and must never be; the hot per-client rate keys must outlive old records: volatile-lru."
  }
}

run "at_least_three_replicas" {
  command = plan

  variables {
    min_capacity = 2
  }

  expect_failures = [var.min_capacity]
}
