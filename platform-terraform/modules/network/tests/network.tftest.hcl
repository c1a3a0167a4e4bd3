# The VPC, applied with mocked AWS: three zones, NAT per zone when asked, no default security group rules.
mock_provider "aws" {
  source = "../../tests/mocks"
}

variables {
  name               = "cloudsuite-production"
  single_nat_gateway = false
}

run "three_zones_each_with_its_own_nat" {
  command = apply

  assert {
    condition     = length(aws_subnet.public) == 3 && length(aws_subnet.private) == 3 && length(aws_nat_gateway.this) == 3
    error_message = "Production spans three zones, each with a public and a private subnet and its own NAT gateway."
  }
  assert {
    condition     = toset([for s in aws_subnet.private : s.availability_zone]) == toset(["eu-west-1a", "eu-west-1b", "eu-west-1c"])
    error_message = "The private subnets must spread over the zones."
  }
  assert {
    condition     = length(aws_default_security_group.this.ingress) == 0 && length(aws_default_security_group.this.egress) == 0
    error_message = "The default security group must keep no rules."
  }
}

run "one_zone_is_not_enough" {
  command = plan

  variables {
    az_count = 1
  }

  expect_failures = [var.az_count]
}
