resource "aws_lb_target_group" "this" {
  name                 = local.name
  port                 = var.container_port
  protocol             = "HTTP"
  target_type          = "ip"
  vpc_id               = var.platform.vpc_id
  deregistration_delay = var.deregistration_delay_seconds
  slow_start           = var.slow_start_seconds

  # Readiness, on the management port (client traffic goes to container_port): a task gets requests once its
  # backends answer. When a shared backend is down every task is unready; a target group whose targets are all
  # unhealthy fails open and routes to all of them, so clients still get the services' own 503 problem+json
  # with Retry-After (docs/deploy.md, "Health checks"). The container's own check (liveness) replaces tasks.
  health_check {
    port                = tostring(var.management_port)
    path                = var.readiness_path
    matcher             = "200"
    interval            = 10
    timeout             = 5
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }

  tags = local.tags
}

# Host-based routing: each service has its own host name on the shared listener, so its paths
# (/api/..., /ping, /q/...) reach it unchanged.
resource "aws_lb_listener_rule" "this" {
  listener_arn = var.platform.listener_arn
  priority     = var.listener_rule_priority

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this.arn
  }

  condition {
    host_header {
      values = [local.host_name]
    }
  }

  tags = local.tags
}

resource "aws_route53_record" "this" {
  count = var.platform.route53_zone_id == null ? 0 : 1

  zone_id = var.platform.route53_zone_id
  name    = local.host_name
  type    = "A"

  alias {
    name                   = var.platform.load_balancer_dns_name
    zone_id                = var.platform.load_balancer_zone_id
    evaluate_target_health = true
  }
}
