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
    condition = (
      startswith(module.service.container_environment.QUARKUS_REDIS_HOSTS, "rediss://")
      && module.service.container_environment.QUARKUS_REDIS_TLS_HOSTNAME_VERIFICATION_ALGORITHM == "HTTPS"
      && jsonencode(module.service.container_secret_names) == jsonencode(["QUARKUS_REDIS_PASSWORD"])
    )
    error_message = "The service must reach Redis over TLS, check the certificate names the cluster, and get the AUTH token from Secrets Manager."
  }
  assert {
    condition     = module.redis.maxmemory_policy == "volatile-lru"
    error_message = "Idempotency records carry a TTL and may be evicted; the bullets counter has none and must never be; the hot per-client rate keys must outlive old records: volatile-lru."
  }
  assert {
    condition     = aws_vpc_security_group_egress_rule.to_redis.from_port == 6379 && aws_vpc_security_group_egress_rule.to_redis.referenced_security_group_id == module.redis.security_group_id
    error_message = "The tasks may reach their own Redis only."
  }
}

run "at_least_three_replicas" {
  command = plan

  variables {
    min_capacity = 2
  }

  expect_failures = [var.min_capacity]
}
