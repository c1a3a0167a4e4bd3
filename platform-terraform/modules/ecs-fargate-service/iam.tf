data "aws_caller_identity" "current" {}

locals {
  # Secrets may be referenced with a JSON key suffix (arn:...:secret:name-AbCdEf:key::); IAM wants the secret's own ARN.
  secret_arns = distinct([for arn in values(var.secrets) : join(":", slice(split(":", arn), 0, 7))])
}

data "aws_iam_policy_document" "assume_by_ecs_tasks" {
  statement {
    sid     = "EcsTasks"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }

    # Confused-deputy guard: only tasks of this account may assume the roles.
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

# Execution role: used by the ECS agent, never by the application.
resource "aws_iam_role" "execution" {
  name                 = "${local.name}-execution"
  path                 = var.iam_path
  permissions_boundary = var.platform.service_permissions_boundary_arn
  assume_role_policy   = data.aws_iam_policy_document.assume_by_ecs_tasks.json
  tags                 = local.tags
}

data "aws_iam_policy_document" "execution" {
  statement {
    sid = "EcrAuthentication"
    # GetAuthorizationToken has no resource-level permissions.
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid       = "PullImage"
    actions   = ["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
    resources = [local.ecr_repository_arn]
  }

  statement {
    sid       = "WriteLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.this.arn}:*"]
  }

  dynamic "statement" {
    # Decided on the map, whose keys are known at plan time even when the ARNs are not.
    for_each = length(var.secrets) > 0 ? [1] : []

    content {
      sid       = "InjectSecrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = local.secret_arns
    }
  }
}

resource "aws_iam_role_policy" "execution" {
  name   = "pull-log-secrets"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution.json
}

# Task role: what the application may do, exactly the statements the stack passes in.
resource "aws_iam_role" "task" {
  name                 = "${local.name}-task"
  path                 = var.iam_path
  permissions_boundary = var.platform.service_permissions_boundary_arn
  assume_role_policy   = data.aws_iam_policy_document.assume_by_ecs_tasks.json
  tags                 = local.tags
}

data "aws_iam_policy_document" "task" {
  count = length(var.task_role_statements) > 0 ? 1 : 0

  dynamic "statement" {
    for_each = var.task_role_statements

    content {
      sid       = statement.value.sid
      actions   = statement.value.actions
      resources = statement.value.resources
    }
  }
}

resource "aws_iam_role_policy" "task" {
  count = length(var.task_role_statements) > 0 ? 1 : 0

  name   = "application"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.task[0].json
}
