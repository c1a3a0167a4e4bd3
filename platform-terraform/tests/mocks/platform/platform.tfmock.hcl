# The platform stack's outputs (stacks/platform/outputs.tf) as a service stack reads them from the dev state
# (service-stack/platform.tf), for every service stack's tests: mock_provider "terraform" { source = ... }.
# One ECR repository per *-service module of the root pom, as the platform stack creates them (mock values cannot
# call functions, so the list is written out; stacks/platform's tests compare it with the root pom).
mock_data "terraform_remote_state" {
  defaults = {
    outputs = {
      environment                     = "dev"
      cluster_name                    = "cloudsuite-dev"
      cluster_arn                     = "arn:aws:ecs:eu-west-1:123456789012:cluster/cloudsuite-dev"
      vpc_id                          = "vpc-0123456789abcdef0"
      private_subnet_ids              = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"]
      availability_zones              = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
      load_balancer_security_group_id = "sg-0fedcba9876543210"
      load_balancer_dns_name          = "cloudsuite-dev-123456789.eu-west-1.elb.amazonaws.com"
      load_balancer_zone_id           = "Z32O12XQLNTSW2"
      listener_arn                    = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/cloudsuite-dev/0123456789abcdef/0123456789abcdef"
      url_scheme                      = "https"
      domain_name                     = "dev.cloudsuite.example.com"
      route53_zone_id                 = "Z0123456789ABCDEFGHIJ"
      ecr_repository_urls = {
        "bullets-service"        = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/bullets-service"
        "mirror-clock-service"   = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror-clock-service"
        "stream-limiter-service" = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/stream-limiter-service"
        "people-info-service"    = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/people-info-service"
        "konnichiwa-service"     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/konnichiwa-service"
      }
      ecr_repository_arns = {
        "bullets-service"        = "arn:aws:ecr:eu-west-1:123456789012:repository/bullets-service"
        "mirror-clock-service"   = "arn:aws:ecr:eu-west-1:123456789012:repository/mirror-clock-service"
        "stream-limiter-service" = "arn:aws:ecr:eu-west-1:123456789012:repository/stream-limiter-service"
        "people-info-service"    = "arn:aws:ecr:eu-west-1:123456789012:repository/people-info-service"
        "konnichiwa-service"     = "arn:aws:ecr:eu-west-1:123456789012:repository/konnichiwa-service"
      }
      service_permissions_boundary_arn = "arn:aws:iam::123456789012:policy/cloudsuite/cloudsuite-service-boundary-dev"
      alarm_topic_arn                  = "arn:aws:sns:eu-west-1:123456789012:cloudsuite-dev-alarms"
      load_balancer_arn_suffix         = "app/cloudsuite-dev/0123456789abcdef"
    }
  }
}
