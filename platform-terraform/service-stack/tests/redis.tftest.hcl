# A service stack's own Redis (service-stack/redis.tf), reached as the service needs it. Linked as
# tests/redis.tftest.hcl by the stacks that link redis.tf; each stack's tests/stack.tftest.hcl asserts its
# eviction policy. Applied with the stack's env/dev.tfvars (passed by terraform-check.sh), mocked AWS and the
# platform's outputs.
mock_provider "aws" {
  source = "../../tests/mocks"
}

mock_provider "terraform" {
  source = "../../tests/mocks/platform"
}

variables {
  image_tag = "0123456789abcdef0123456789abcdef01234567"
}

run "redis_over_tls_with_its_token" {
  command = apply

  assert {
    condition = (
      startswith(module.service.container_environment.QUARKUS_REDIS_HOSTS, "rediss://")
      && module.service.container_environment.QUARKUS_REDIS_TLS_HOSTNAME_VERIFICATION_ALGORITHM == "HTTPS"
      && contains(module.service.container_secret_names, "QUARKUS_REDIS_PASSWORD")
    )
    error_message = "The service must reach Redis over TLS, check the certificate names the cluster, and get the AUTH token from Secrets Manager."
  }
  assert {
    condition     = aws_vpc_security_group_egress_rule.to_redis.from_port == 6379 && aws_vpc_security_group_egress_rule.to_redis.referenced_security_group_id == module.redis.security_group_id
    error_message = "The tasks may reach their own Redis only."
  }
  assert {
    condition     = module.redis.auth_token_secret_name == "cloudsuite/dev/${trimsuffix(module.service.tags.Stack, "-service")}/redis-auth-token"
    error_message = "The AUTH token's secret is cloudsuite/<environment>/<service without -service>/redis-auth-token (the permissions boundary lets tasks read cloudsuite/<environment>/*)."
  }
}
