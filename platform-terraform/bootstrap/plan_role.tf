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

  lifecycle {
    # One account per environment: both platform stacks create ECR repositories named after the services, so
    # dev and production in one account would collide. Production promotes from dev's (other) account.
    precondition {
      condition = (var.environment == "dev"
        ? var.promote_from_account_id == null
      : var.promote_from_account_id != null && var.promote_from_account_id != local.account_id)
      error_message = "dev and production need separate AWS accounts: production sets promote_from_account_id to dev's account (not its own), dev sets none."
    }
  }
}

# Terraform's refresh reads the configuration of every resource of a stack. ViewOnlyAccess lists and describes
# without reading data (no table items, no bucket objects, unlike ReadOnlyAccess); the Get calls below are the
# configuration reads the service stacks' resources need on top of it.
resource "aws_iam_role_policy_attachment" "plan_view_only" {
  role       = aws_iam_role.plan.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/job-function/ViewOnlyAccess"
}

data "aws_iam_policy_document" "plan" {
  statement {
    sid = "RefreshConfiguration"
    actions = [
      "application-autoscaling:DescribeScalableTargets", "application-autoscaling:DescribeScalingPolicies",
      "application-autoscaling:ListTagsForResource", "cloudwatch:DescribeAlarms", "cloudwatch:ListTagsForResource",
      "dynamodb:DescribeContinuousBackups", "dynamodb:DescribeTable", "dynamodb:DescribeTimeToLive",
      "dynamodb:ListTagsOfResource", "ec2:DescribeSecurityGroupRules", "ec2:DescribeSecurityGroups",
      "ecr:DescribeImages", "ecr:DescribeRepositories", "ecs:DescribeServices", "ecs:DescribeTaskDefinition",
      "ecs:ListTagsForResource", "elasticache:DescribeCacheParameterGroups", "elasticache:DescribeCacheParameters",
      "elasticache:DescribeCacheSubnetGroups", "elasticache:DescribeReplicationGroups",
      "elasticache:ListTagsForResource", "elasticloadbalancing:DescribeListeners",
      "elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTags",
      "elasticloadbalancing:DescribeTargetGroupAttributes", "elasticloadbalancing:DescribeTargetGroups",
      "iam:GetPolicy", "iam:GetPolicyVersion", "iam:GetRole", "iam:GetRolePolicy", "iam:ListAttachedRolePolicies",
      "iam:ListRolePolicies", "logs:DescribeLogGroups", "logs:ListTagsForResource", "logs:ListTagsLogGroup",
      "route53:GetHostedZone", "route53:ListResourceRecordSets", "secretsmanager:DescribeSecret",
      "secretsmanager:GetResourcePolicy", "secretsmanager:ListSecretVersionIds",
    ]
    resources = ["*"]
  }

  # The stacks' first secrets (Redis AUTH tokens, konnichiwa's first API key) come from Secrets Manager's generator.
  statement {
    sid       = "DrawPasswords"
    actions   = ["secretsmanager:GetRandomPassword"]
    resources = ["*"]
  }

  # Terraform states of this environment (the service stacks read the platform's outputs); no other object.
  statement {
    sid       = "ReadStates"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.state.arn, "${aws_s3_bucket.state.arn}/*/terraform.tfstate"]
  }

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

# The post-deploy load check runs the load tests' build (third-party plugins and dependencies) in its own job:
# its only AWS permission is reading konnichiwa's API keys, the one secret a simulation needs (load-check-key.sh).
resource "aws_iam_role" "load_check" {
  name                 = "cloudsuite-github-load-check-${var.environment}"
  description          = "GitHub Actions: read the API key the post-deploy load check of ${var.environment} sends"
  assume_role_policy   = data.aws_iam_policy_document.github_trust["plan"].json
  max_session_duration = 3600
  tags                 = local.tags
}

data "aws_iam_policy_document" "load_check" {
  statement {
    sid       = "ReadLoadCheckKey"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["${local.arn_prefix}:secretsmanager:${local.in_region}:secret:cloudsuite/${var.environment}/konnichiwa/api-keys-*"]
  }
}

resource "aws_iam_role_policy" "load_check" {
  name   = "read-load-check-key"
  role   = aws_iam_role.load_check.id
  policy = data.aws_iam_policy_document.load_check.json
}
