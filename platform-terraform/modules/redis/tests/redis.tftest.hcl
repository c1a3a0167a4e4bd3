# The cache module, applied with mocked AWS: encryption, AUTH from Secrets Manager, the eviction policy asked for.
mock_provider "aws" {
  source = "../../tests/mocks"
}

variables {
  name                       = "bullets-dev"
  vpc_id                     = "vpc-0123456789abcdef0"
  subnet_ids                 = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  allowed_security_group_ids = { "bullets-service" = "sg-0fedcba9876543210" }
  maxmemory_policy           = "volatile-lru"
  secret_name                = "cloudsuite/dev/bullets/redis-auth-token"
  alarm_topic_arn            = "arn:aws:sns:eu-west-1:123456789012:cloudsuite-dev-alarms"
  num_cache_clusters         = 2
}

run "encrypted_authenticated_and_evicting_as_asked" {
  command = apply

  assert {
    condition     = one([for p in aws_elasticache_parameter_group.this.parameter : p.value if p.name == "maxmemory-policy"]) == "volatile-lru"
    error_message = "The parameter group must carry the maxmemory-policy the caller chose."
  }
  assert {
    condition = (
      aws_elasticache_replication_group.this.transit_encryption_enabled
      && aws_elasticache_replication_group.this.at_rest_encryption_enabled
      && aws_elasticache_replication_group.this.auth_token == aws_secretsmanager_secret_version.auth_token.secret_string
    )
    error_message = "The cache must use TLS, encryption at rest and the AUTH token stored in Secrets Manager."
  }
  assert {
    condition     = aws_elasticache_replication_group.this.automatic_failover_enabled && aws_elasticache_replication_group.this.multi_az_enabled
    error_message = "With a replica, a failed primary must be replaced automatically in another zone."
  }
  assert {
    condition     = [for r in aws_vpc_security_group_ingress_rule.clients : [r.from_port, r.referenced_security_group_id]] == [[6379, "sg-0fedcba9876543210"]]
    error_message = "Only the listed clients may reach the Redis port."
  }
  assert {
    condition     = length(aws_cloudwatch_metric_alarm.node) == 6 && alltrue([for a in aws_cloudwatch_metric_alarm.node : a.alarm_actions == toset([var.alarm_topic_arn])])
    error_message = "Each node must have CPU, memory and eviction alarms notifying the alarm topic."
  }
}

run "unknown_eviction_policy_refused" {
  command = plan

  variables {
    maxmemory_policy = "evict-everything"
  }

  expect_failures = [var.maxmemory_policy]
}
