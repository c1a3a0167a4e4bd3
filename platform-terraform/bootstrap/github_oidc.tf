locals {
  github_oidc_host = "token.actions.githubusercontent.com"
  # What GitHub puts before ":environment:<name>" in the sub claim: "repo:<owner>/<name>" for repositories
  # created before mid-2026, an immutable-id form for newer ones (github_oidc_subject_prefix).
  github_subject_prefix = coalesce(var.github_oidc_subject_prefix, "repo:${var.github_repository}")
  # The repository's subject template includes job_workflow_ref (docs/deploy.md, "GitHub"): a token names the
  # environment AND the workflow file and branch it runs from. A branch can edit any workflow file, but it can
  # neither run in the environment (its deployment branches are limited to main) nor present a job_workflow_ref
  # of refs/heads/main.
  deploy_subjects = [
    for workflow in var.deploy_workflows :
    "${local.github_subject_prefix}:environment:${var.environment}:job_workflow_ref:${var.github_repository}/${workflow}@refs/heads/${var.deploy_branch}"
  ]
  # The plan role (plan_role.tf): the same workflows, in the environment <environment>-plan.
  plan_subjects = [
    for workflow in var.deploy_workflows :
    "${local.github_subject_prefix}:environment:${var.environment}-plan:job_workflow_ref:${var.github_repository}/${workflow}@refs/heads/${var.deploy_branch}"
  ]
  github_oidc_provider_arn = (var.create_github_oidc_provider
    ? aws_iam_openid_connect_provider.github[0].arn
  : data.aws_iam_openid_connect_provider.github[0].arn)
}

# One per account: GitHub Actions jobs exchange their OIDC token for short-lived AWS credentials,
# so no access key is stored anywhere.
resource "aws_iam_openid_connect_provider" "github" {
  count = var.create_github_oidc_provider ? 1 : 0

  url            = "https://${local.github_oidc_host}"
  client_id_list = ["sts.amazonaws.com"]
}

data "aws_iam_openid_connect_provider" "github" {
  count = var.create_github_oidc_provider ? 0 : 1

  url = "https://${local.github_oidc_host}"
}

# Trust of the two GitHub roles: the deploy role (apply, environment <environment>) and the plan role (image and
# plan, environment <environment>-plan).
data "aws_iam_policy_document" "github_trust" {
  for_each = {
    deploy = local.deploy_subjects
    plan   = local.plan_subjects
  }

  statement {
    sid     = "GitHubEnvironment"
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [local.github_oidc_provider_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_oidc_host}:aud"
      values   = ["sts.amazonaws.com"]
    }

    # Only the deploy workflows of this repository, run from the deploy branch, in the GitHub environment
    # of the role (deployment branches: the deploy branch; production: required reviewers).
    condition {
      test     = "StringEquals"
      variable = "${local.github_oidc_host}:sub"
      values   = each.value
    }
  }
}

# Set its ARN as the AWS_DEPLOY_ROLE_ARN variable of the GitHub environment.
resource "aws_iam_role" "deploy" {
  name                 = "cloudsuite-github-deploy-${var.environment}"
  description          = "GitHub Actions: apply the service stacks of ${var.environment} (saved plans)"
  assume_role_policy   = data.aws_iam_policy_document.github_trust["deploy"].json
  max_session_duration = 3600
  tags                 = local.tags
}

resource "aws_iam_role_policy" "deploy" {
  name   = "apply-service-stacks"
  role   = aws_iam_role.deploy.id
  policy = data.aws_iam_policy_document.deploy.json
}
