# The most any role CI creates may ever do. The deploy role may create and change roles only with this
# boundary attached (deploy_policy.tf), so an inline policy it writes, even "Action": "*", is cut down to this:
# what a service's task and execution roles need, in this environment, and nothing on IAM.
locals {
  service_boundary_name = "cloudsuite-service-boundary-${var.environment}"
}

data "aws_iam_policy_document" "service_boundary" {
  statement {
    sid       = "EcrAuthentication"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid       = "PullServiceImages"
    actions   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    resources = ["${local.arn_prefix}:ecr:${local.in_region}:repository/*-service"]
  }

  statement {
    sid       = "WriteServiceLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${local.arn_prefix}:logs:${local.in_region}:log-group:/ecs/*"]
  }

  statement {
    sid       = "ReadServiceSecrets"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["${local.arn_prefix}:secretsmanager:${local.in_region}:secret:cloudsuite/${var.environment}/*"]
  }

  statement {
    sid = "ServiceTableItems"
    actions = [
      "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem",
      "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan",
      "dynamodb:TransactGetItems", "dynamodb:TransactWriteItems", "dynamodb:UpdateItem",
    ]
    resources = [
      "${local.arn_prefix}:dynamodb:${local.in_region}:table/*-${var.environment}-*",
      "${local.arn_prefix}:dynamodb:${local.in_region}:table/*-${var.environment}-*/index/*",
    ]
  }
}

resource "aws_iam_policy" "service_boundary" {
  name        = local.service_boundary_name
  path        = "/cloudsuite/"
  description = "Permissions boundary of every role the ${var.environment} deploy role creates"
  policy      = data.aws_iam_policy_document.service_boundary.json
  tags        = local.tags
}
