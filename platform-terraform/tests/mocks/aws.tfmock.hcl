# Realistic values for what AWS computes, shared by every terraform test (mock_provider "aws" { source = ... }):
# the provider validates ARNs, IDs and JSON passed between resources, so random mock strings would not do.
mock_data "aws_caller_identity" {
  defaults = { account_id = "123456789012" }
}

mock_data "aws_partition" {
  defaults = { partition = "aws" }
}

mock_data "aws_region" {
  defaults = { name = "eu-west-1" }
}

mock_data "aws_availability_zones" {
  defaults = { names = ["eu-west-1a", "eu-west-1b", "eu-west-1c"] }
}

mock_data "aws_ecr_image" {
  defaults = { image_digest = "sha256:4a5f0c3c4b1d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f" }
}

mock_data "aws_iam_policy_document" {
  defaults = { json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}" }
}

mock_data "aws_iam_policy" {
  defaults = { arn = "arn:aws:iam::123456789012:policy/cloudsuite/cloudsuite-service-boundary-dev" }
}

mock_data "aws_iam_openid_connect_provider" {
  defaults = { arn = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
}

mock_data "aws_elb_service_account" {
  defaults = { arn = "arn:aws:iam::156460612806:root" }
}

mock_data "aws_route53_zone" {
  defaults = { zone_id = "Z0123456789ABCDEFGHIJ" }
}

mock_data "aws_secretsmanager_random_password" {
  defaults = { random_password = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrStUvWxYz01" }
}

mock_resource "aws_iam_role" {
  defaults = { arn = "arn:aws:iam::123456789012:role/cloudsuite/mocked" }
}

mock_resource "aws_iam_policy" {
  defaults = { arn = "arn:aws:iam::123456789012:policy/cloudsuite/mocked" }
}

mock_resource "aws_iam_openid_connect_provider" {
  defaults = { arn = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
}

mock_resource "aws_s3_bucket" {
  defaults = { arn = "arn:aws:s3:::cloudsuite-mocked" }
}

mock_resource "aws_cloudwatch_log_group" {
  defaults = { arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/mocked" }
}

mock_resource "aws_lb" {
  defaults = {
    arn        = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/cloudsuite-dev/0123456789abcdef"
    arn_suffix = "app/cloudsuite-dev/0123456789abcdef"
    dns_name   = "cloudsuite-dev-123456789.eu-west-1.elb.amazonaws.com"
    zone_id    = "Z32O12XQLNTSW2"
  }
}

mock_resource "aws_lb_listener" {
  defaults = { arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/cloudsuite-dev/0123456789abcdef/0123456789abcdef" }
}

mock_resource "aws_lb_target_group" {
  defaults = {
    arn        = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/mocked/0123456789abcdef"
    arn_suffix = "targetgroup/mocked/0123456789abcdef"
  }
}

mock_resource "aws_ecs_cluster" {
  defaults = { arn = "arn:aws:ecs:eu-west-1:123456789012:cluster/cloudsuite-dev" }
}

mock_resource "aws_ecs_task_definition" {
  defaults = { arn = "arn:aws:ecs:eu-west-1:123456789012:task-definition/mocked:1" }
}

mock_resource "aws_ecs_service" {
  defaults = { id = "arn:aws:ecs:eu-west-1:123456789012:service/cloudsuite-dev/mocked" }
}

mock_resource "aws_security_group" {
  defaults = { id = "sg-0123456789abcdef0" }
}

mock_resource "aws_vpc" {
  defaults = { id = "vpc-0123456789abcdef0", cidr_block = "10.0.0.0/16" }
}

mock_resource "aws_subnet" {
  defaults = { id = "subnet-0123456789abcdef0" }
}

mock_resource "aws_route_table" {
  defaults = { id = "rtb-0123456789abcdef0" }
}

mock_resource "aws_internet_gateway" {
  defaults = { id = "igw-0123456789abcdef0" }
}

mock_resource "aws_nat_gateway" {
  defaults = { id = "nat-0123456789abcdef0" }
}

mock_resource "aws_eip" {
  defaults = { id = "eipalloc-0123456789abcdef0" }
}

mock_resource "aws_appautoscaling_policy" {
  defaults = { arn = "arn:aws:autoscaling:eu-west-1:123456789012:scalingPolicy:00000000-0000-0000-0000-000000000000:resource/ecs/service/cloudsuite-dev/mocked:policyName/mocked" }
}

mock_resource "aws_sns_topic" {
  defaults = { arn = "arn:aws:sns:eu-west-1:123456789012:cloudsuite-dev-alarms" }
}

mock_resource "aws_ecr_repository" {
  defaults = {
    arn            = "arn:aws:ecr:eu-west-1:123456789012:repository/mocked-service"
    repository_url = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/mocked-service"
  }
}

mock_resource "aws_acm_certificate" {
  defaults = { arn = "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000000" }
}

mock_resource "aws_acm_certificate_validation" {
  defaults = { certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000000" }
}

mock_resource "aws_secretsmanager_secret" {
  defaults = {
    id  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:cloudsuite/dev/mocked-AbCdEf"
    arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:cloudsuite/dev/mocked-AbCdEf"
  }
}

mock_resource "aws_secretsmanager_secret_version" {
  defaults = { arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:cloudsuite/dev/mocked-AbCdEf" }
}

mock_resource "aws_dynamodb_table" {
  defaults = { arn = "arn:aws:dynamodb:eu-west-1:123456789012:table/mocked-dev-table" }
}

mock_resource "aws_elasticache_replication_group" {
  defaults = { primary_endpoint_address = "master.mocked-dev.abcdef.euw1.cache.amazonaws.com" }
}
