data "aws_route53_zone" "this" {
  name         = var.domain_name
  private_zone = false
}

locals {
  # HTTPS with the certificate given (certificate_arn), or with one this stack issues and validates.
  issue_certificate = var.enable_https && var.certificate_arn == null
}

# One wildcard certificate covers every service host name (<service>.<domain>).
resource "aws_acm_certificate" "this" {
  count = local.issue_certificate ? 1 : 0

  domain_name       = "*.${var.domain_name}"
  validation_method = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "certificate_validation" {
  for_each = local.issue_certificate ? {
    for o in aws_acm_certificate.this[0].domain_validation_options : o.domain_name => o
  } : {}

  zone_id         = data.aws_route53_zone.this.zone_id
  name            = each.value.resource_record_name
  type            = each.value.resource_record_type
  records         = [each.value.resource_record_value]
  ttl             = 300
  allow_overwrite = true
}

resource "aws_acm_certificate_validation" "this" {
  count = local.issue_certificate ? 1 : 0

  certificate_arn         = aws_acm_certificate.this[0].arn
  validation_record_fqdns = [for r in aws_route53_record.certificate_validation : r.fqdn]
}
