# mirror-clock-service's stack with its env/dev.tfvars (passed by terraform-check.sh), applied with mocked AWS
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
      ecr_repository_urls              = { "mirror-clock-service" = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror-clock-service" }
      ecr_repository_arns              = { "mirror-clock-service" = "arn:aws:ecr:eu-west-1:123456789012:repository/mirror-clock-service" }
      service_permissions_boundary_arn = "arn:aws:iam::123456789012:policy/cloudsuite/cloudsuite-service-boundary-dev"
      alarm_topic_arn                  = "arn:aws:sns:eu-west-1:123456789012:cloudsuite-dev-alarms"
      load_balancer_arn_suffix         = "app/cloudsuite-dev/0123456789abcdef"
    }
  }
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
