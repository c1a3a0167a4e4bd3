# konnichiwa-service's stack with its env/dev.tfvars (passed by terraform-check.sh), applied with mocked AWS
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
      ecr_repository_urls              = { "konnichiwa-service" = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/konnichiwa-service" }
      ecr_repository_arns              = { "konnichiwa-service" = "arn:aws:ecr:eu-west-1:123456789012:repository/konnichiwa-service" }
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


