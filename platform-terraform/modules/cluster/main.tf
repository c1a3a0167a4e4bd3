locals {
  # Answer for host names no service claims, in the services' own error format.
  not_found_body = jsonencode({
    type   = "about:blank"
    title  = "Not Found"
    status = 404
    detail = "No service answers for this host name."
  })

  # The listener that carries the services' host rules (and the rule hiding internal paths).
  services_listener_arn = var.enable_https ? aws_lb_listener.https[0].arn : aws_lb_listener.http.arn
}

resource "aws_ecs_cluster" "this" {
  name = var.name

  setting {
    name  = "containerInsights"
    value = var.container_insights ? "enabled" : "disabled"
  }

  tags = var.tags
}

resource "aws_security_group" "load_balancer" {
  name        = "${var.name}-alb"
  description = "${var.name} load balancer: HTTP(S) from the allowed ranges, to the VPC only"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "http" {
  for_each = toset(var.ingress_cidr_blocks)

  security_group_id = aws_security_group.load_balancer.id
  description       = "HTTP"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = each.value
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  for_each = var.enable_https ? toset(var.ingress_cidr_blocks) : toset([])

  security_group_id = aws_security_group.load_balancer.id
  description       = "HTTPS"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = each.value
}

# Targets are tasks in the VPC; each service's own security group narrows this to its port.
resource "aws_vpc_security_group_egress_rule" "to_vpc" {
  security_group_id = aws_security_group.load_balancer.id
  description       = "To targets in the VPC"
  ip_protocol       = "tcp"
  from_port         = 1024
  to_port           = 65535
  cidr_ipv4         = var.vpc_cidr_block
}

resource "aws_lb" "this" {
  name                       = var.name
  internal                   = false
  load_balancer_type         = "application"
  subnets                    = var.public_subnet_ids
  security_groups            = [aws_security_group.load_balancer.id]
  enable_deletion_protection = var.deletion_protection

  # The services take the client address from the LAST X-Forwarded-For entry (one trusted hop): the load
  # balancer appends the peer it saw, never replaces or passes the header through unchanged.
  xff_header_processing_mode = "append"
  # Header fields that are not valid HTTP are removed before they reach a service.
  drop_invalid_header_fields = true
  # Requests with any ambiguous framing (e.g. both Content-Length and Transfer-Encoding) are refused, not
  # forwarded: no request smuggling past the load balancer.
  desync_mitigation_mode = "strictest"

  access_logs {
    bucket  = aws_s3_bucket.access_logs.id
    enabled = true
  }

  tags = var.tags

  # The bucket must accept the load balancer's test object before access logs can be enabled.
  depends_on = [aws_s3_bucket_policy.access_logs]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.this.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = var.enable_https ? "redirect" : "fixed-response"

    dynamic "redirect" {
      for_each = var.enable_https ? [1] : []

      content {
        protocol    = "HTTPS"
        port        = "443"
        status_code = "HTTP_301"
      }
    }

    dynamic "fixed_response" {
      for_each = var.enable_https ? [] : [1]

      content {
        content_type = "application/json"
        message_body = local.not_found_body
        status_code  = "404"
      }
    }
  }

  tags = var.tags
}

resource "aws_lb_listener" "https" {
  count = var.enable_https ? 1 : 0

  load_balancer_arn = aws_lb.this.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = var.ssl_policy
  certificate_arn   = var.certificate_arn

  default_action {
    type = "fixed-response"

    fixed_response {
      content_type = "application/json"
      message_body = local.not_found_body
      status_code  = "404"
    }
  }

  tags = var.tags
}
