# bullets-service's stack with its env/dev.tfvars (passed by terraform-check.sh), applied with mocked AWS
# and the platform stack's outputs as the remote state would give them.
mock_provider "aws" {
  source = "../../tests/mocks"
}

override_data {
  target = data.terraform_remote_state.platform
  values = {
    outputs = {
      environment                      = "dev"
      cluster_name                     = "cloudsuite-dev"
      cluster_arn                      = "arn:aws:ecs:eu-west-1:123456789012:cluster/cloudsuite-dev"
      vpc_id                           = "vpc-0123456789abcdef0"
      private_subnet_ids               = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"]
      availability_zones               = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
      load_balancer_security_group_id  = "sg-0fedcba9876543210"
      load_balancer_dns_name           = "cloudsuite-dev-123456789.eu-west-1.elb.amazonaws.com"
      load_balancer_zone_id            = "Z32O12XQLNTSW2"
      listener_arn                     = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/cloudsuite-dev/0123456789abcdef/0123456789abcdef"
      url_scheme                       = "https"
      domain_name                      = "dev.cloudsuite.example.com"
      route53_zone_id                  = "Z0123456789ABCDEFGHIJ"
      ecr_repository_urls              = { "bullets-service" = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/bullets-service" }
      ecr_repository_arns              = { "bullets-service" = "arn:aws:ecr:eu-west-1:123456789012:repository/bullets-service" }
      service_permissions_boundary_arn = "arn:aws:iam::123456789012:policy/cloudsuite/cloudsuite-service-boundary-dev"
      alarm_topic_arn                  = "arn:aws:sns:eu-west-1:123456789012:cloudsuite-dev-alarms"
      load_balancer_arn_suffix         = "app/cloudsuite-dev/0123456789abcdef"
    }
  }
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
