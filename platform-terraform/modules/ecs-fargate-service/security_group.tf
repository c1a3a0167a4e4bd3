resource "aws_security_group" "this" {
  name        = local.name
  description = "${local.name}: traffic from the load balancer only"
  vpc_id      = var.platform.vpc_id
  tags        = local.tags
}

resource "aws_vpc_security_group_ingress_rule" "from_load_balancer" {
  security_group_id            = aws_security_group.this.id
  description                  = "HTTP from the load balancer"
  ip_protocol                  = "tcp"
  from_port                    = var.container_port
  to_port                      = var.container_port
  referenced_security_group_id = var.platform.load_balancer_security_group_id
}

# Health checks only: the load balancer's target group probes readiness here; no listener forwards to this port.
resource "aws_vpc_security_group_ingress_rule" "health_checks_from_load_balancer" {
  security_group_id            = aws_security_group.this.id
  description                  = "Health checks from the load balancer (management port)"
  ip_protocol                  = "tcp"
  from_port                    = var.management_port
  to_port                      = var.management_port
  referenced_security_group_id = var.platform.load_balancer_security_group_id
}

# AWS APIs (ECR, Secrets Manager, CloudWatch Logs, DynamoDB) over HTTPS. Backends on other ports
# (Redis) are opened by the stack that owns them.
resource "aws_vpc_security_group_egress_rule" "https" {
  security_group_id = aws_security_group.this.id
  description       = "HTTPS to AWS APIs"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}
