# The role that prepares a deploy before any approval (deploy-service.yml, job "prepare", GitHub environment
# <environment>-plan): builds or promotes the image into this account's registry (tags are immutable and nothing
# runs an image until a plan naming its digest is applied), plans the service stack read-only, and stores the plan
# in the state bucket, where the deploy role applies exactly that plan once the environment's reviewers approved it.
resource "aws_iam_role" "plan" {
  name                 = "cloudsuite-github-plan-${var.environment}"
  description          = "GitHub Actions: build or promote images and plan the service stacks of ${var.environment}"
  assume_role_policy   = data.aws_iam_policy_document.github_trust["plan"].json
  max_session_duration = 3600
  tags                 = local.tags
}

# Terraform's refresh reads every resource of a stack, across many services' Describe/Get/List calls.
resource "aws_iam_role_policy_attachment" "plan_read_only" {
  role       = aws_iam_role.plan.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/ReadOnlyAccess"
}

data "aws_iam_policy_document" "plan" {
  statement {
    sid       = "EcrLogin"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid = "PushServiceImages"
    actions = [
      "ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:CompleteLayerUpload", "ecr:DescribeImages",
      "ecr:GetDownloadUrlForLayer", "ecr:InitiateLayerUpload", "ecr:PutImage", "ecr:UploadLayerPart",
    ]
    resources = ["${local.arn_prefix}:ecr:${local.in_region}:repository/*-service"]
  }

  dynamic "statement" {
    for_each = var.promote_from_account_id == null ? [] : [var.promote_from_account_id]

    content {
      sid       = "PullDevImagesToPromote"
      actions   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:DescribeImages", "ecr:GetDownloadUrlForLayer"]
      resources = ["${local.arn_prefix}:ecr:${var.region}:${statement.value}:repository/*-service"]
    }
  }

  # The refresh of a secret version reads its value (Redis AUTH tokens, API keys); ReadOnlyAccess does not.
  statement {
    sid       = "RefreshServiceSecrets"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["${local.arn_prefix}:secretsmanager:${local.in_region}:secret:cloudsuite/${var.environment}/*"]
  }

  statement {
    sid       = "StorePlans"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.state.arn}/plans/*"]
  }
}

resource "aws_iam_role_policy" "plan" {
  name   = "prepare-service-deploys"
  role   = aws_iam_role.plan.id
  policy = data.aws_iam_policy_document.plan.json
}
