# The shared load balancer, applied with mocked AWS: how it frames and forwards requests, what it hides.
mock_provider "aws" {
  source = "../../tests/mocks"
}

variables {
  name              = "cloudsuite-dev"
  vpc_id            = "vpc-0123456789abcdef0"
  vpc_cidr_block    = "10.0.0.0/16"
  public_subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"]
  enable_https      = true
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000000"
}

run "load_balancer_and_its_rules" {
  command = apply

  assert {
    condition     = aws_lb.this.xff_header_processing_mode == "append"
    error_message = "The load balancer must append the client address to X-Forwarded-For (the services read its last entry)."
  }
  assert {
    condition     = aws_lb.this.drop_invalid_header_fields
    error_message = "The load balancer must drop invalid header fields."
  }
  assert {
    condition     = aws_lb.this.desync_mitigation_mode == "strictest"
    error_message = "The load balancer must refuse requests with ambiguous framing (desync_mitigation_mode strictest)."
  }
  assert {
    condition     = aws_lb.this.access_logs[0].enabled && aws_lb.this.access_logs[0].bucket == aws_s3_bucket.access_logs.id
    error_message = "The load balancer must write access logs to its bucket."
  }

  assert {
    condition     = aws_lb_listener_rule.internal_paths.priority < 100 && aws_lb_listener_rule.internal_paths.listener_arn == aws_lb_listener.https[0].arn
    error_message = "The internal-paths rule must come before every service's host rule (priority 100 and up) on the HTTPS listener."
  }
  assert {
    condition     = aws_lb_listener_rule.internal_paths.action[0].type == "fixed-response" && aws_lb_listener_rule.internal_paths.action[0].fixed_response[0].status_code == "404"
    error_message = "Internal paths must be answered 404 by the load balancer itself."
  }
  assert {
    condition = toset(flatten([for c in aws_lb_listener_rule.internal_paths.condition : [for p in c.path_pattern : p.values]])) == toset([
      "/q/metrics*", "/q/openapi*", "/q/swagger-ui*", "/metrics*",
    ])
    error_message = "Metrics (also people-info's legacy /metrics), the OpenAPI document and Swagger UI must not be public."
  }
  assert {
    condition     = aws_lb_listener.http.default_action[0].type == "redirect" && aws_lb_listener.http.default_action[0].redirect[0].protocol == "HTTPS"
    error_message = "With HTTPS on, plain HTTP must redirect to it."
  }
}



run "https_needs_a_certificate" {
  command = plan

  variables {
    certificate_arn = null
  }

  expect_failures = [var.certificate_arn]
}
