# The bootstrap of one environment, applied with mocked AWS: who may assume the GitHub roles, and exactly what
# each role may do (docs/deploy.md, "Roles").
mock_provider "aws" {
  source = "../tests/mocks"
}

override_resource {
  target = aws_s3_bucket.state
  values = { arn = "arn:aws:s3:::cloudsuite-terraform-state-dev" }
}

override_resource {
  target = aws_iam_policy.service_boundary
  values = { arn = "arn:aws:iam::123456789012:policy/cloudsuite/cloudsuite-service-boundary-dev" }
}

variables {
  environment       = "dev"
  region            = "eu-west-1"
  state_bucket_name = "cloudsuite-terraform-state-dev"
  github_repository = "cloudsuite/cloud-services-suite"
  domain_name       = "dev.cloudsuite.example.com"
}

run "dev_roles_trust_and_permissions" {
  command = apply

  assert {
    condition = jsonencode([for s in data.aws_iam_policy_document.github_trust["deploy"].statement : [for c in s.condition : [c.test, c.values] if endswith(c.variable, ":sub")]]) == jsonencode([[["StringEquals", [
      "repo:cloudsuite/cloud-services-suite:environment:dev:job_workflow_ref:cloudsuite/cloud-services-suite/.github/workflows/deploy-service.yml@refs/heads/main",
    ]]]])
    error_message = "The deploy role must trust exactly deploy-service.yml on main in the environment dev (sub compared with StringEquals)."
  }
  assert {
    condition = alltrue([for s in data.aws_iam_policy_document.github_trust["plan"].statement : alltrue([
      for c in s.condition : alltrue([for v in c.values : strcontains(v, ":environment:dev-plan:")]) if endswith(c.variable, ":sub")
    ])])
    error_message = "The plan role (and the load check role) must trust the environment dev-plan only."
  }
  assert {
    condition     = aws_iam_role.load_check.assume_role_policy == data.aws_iam_policy_document.github_trust["plan"].json
    error_message = "The load check role runs in the plan environment's jobs."
  }

  assert {
    condition = alltrue([for d in [data.aws_iam_policy_document.deploy, data.aws_iam_policy_document.plan, data.aws_iam_policy_document.service_boundary, data.aws_iam_policy_document.load_check] :
      alltrue([for s in d.statement : s.not_actions == null || length(coalesce(s.not_actions, [])) == 0 ? alltrue([for a in s.actions : !strcontains(a, "*")]) : false])
    ])
    error_message = "Every IAM action must be named exactly: no '*' in an action, no NotAction."
  }
  assert {
    condition     = !contains(flatten([for s in data.aws_iam_policy_document.deploy.statement : s.actions]), "iam:UpdateAssumeRolePolicy")
    error_message = "The deploy role must never rewrite a trust policy (the permissions boundary does not limit trust)."
  }
  assert {
    condition = alltrue([for s in data.aws_iam_policy_document.deploy.statement :
      length([for c in s.condition : c if c.variable == "iam:PermissionsBoundary" && toset(c.values) == toset([aws_iam_policy.service_boundary.arn])]) == 1
      if length(setintersection(s.actions, ["iam:CreateRole", "iam:PutRolePolicy", "iam:PutRolePermissionsBoundary"])) > 0
    ])
    error_message = "The deploy role may create roles and write their policies only with the service permissions boundary."
  }
  assert {
    condition = alltrue([for r in flatten([for s in data.aws_iam_policy_document.deploy.statement : s.resources if anytrue([for a in s.actions : startswith(a, "iam:")])]) :
      r == aws_iam_policy.service_boundary.arn || endswith(r, "-dev-task") || endswith(r, "-dev-execution") || strcontains(r, ":role/aws-service-role/")
    ])
    error_message = "IAM changes only on the service roles of this environment (/cloudsuite/*-dev-task, -execution)."
  }

  # Security groups, caches and scalable targets: every statement that may change one requires the tags of a
  # service stack of this environment (request tags on creation, resource tags afterwards).
  assert {
    condition = alltrue([for s in data.aws_iam_policy_document.deploy.statement :
      (
        length([for c in s.condition : c if endswith(c.variable, "Tag/Environment") && toset(c.values) == toset(["dev"])]) == 1
        && length([for c in s.condition : c if endswith(c.variable, "Tag/Stack") && toset(c.values) == toset(["*-service"])]) == 1
      )
      if length(setintersection(s.actions, [
        "ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress", "ec2:DeleteSecurityGroup",
        "elasticache:ModifyReplicationGroup", "elasticache:DeleteReplicationGroup", "elasticache:CreateReplicationGroup",
        "application-autoscaling:RegisterScalableTarget", "application-autoscaling:DeregisterScalableTarget",
      ])) > 0
    ])
    error_message = "Security groups, caches and scalable targets may be changed only with the tags of this environment's service stacks."
  }
  assert {
    condition = toset(flatten([for s in data.aws_iam_policy_document.deploy.statement : s.resources if contains(s.actions, "logs:DeleteLogGroup")])) == toset([
      "arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/*-dev", "arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/*-dev:*",
    ])
    error_message = "Only this environment's service log groups."
  }
  assert {
    condition = jsonencode([for s in data.aws_iam_policy_document.deploy.statement : sort([for c in s.condition : "${c.test} ${c.variable} ${join(",", c.values)}"]) if contains(s.actions, "route53:ChangeResourceRecordSets")]) == jsonencode([[
      "ForAllValues:StringEquals route53:ChangeResourceRecordSetsRecordTypes A",
      "ForAllValues:StringLike route53:ChangeResourceRecordSetsNormalizedRecordNames *.dev.cloudsuite.example.com",
    ]])
    error_message = "DNS changes only to A records under the environment's domain."
  }
  assert {
    condition = jsonencode([for s in data.aws_iam_policy_document.deploy.statement : [s.effect, sort(s.resources)] if contains(s.actions, "s3:PutObject")]) == jsonencode([
      [null, ["arn:aws:s3:::cloudsuite-terraform-state-dev/*-service/*"]],
      ["Deny", ["arn:aws:s3:::cloudsuite-terraform-state-dev/bootstrap/*", "arn:aws:s3:::cloudsuite-terraform-state-dev/platform/*"]],
    ])
    error_message = "The deploy role writes the service stacks' states only."
  }

  assert {
    condition     = aws_iam_role_policy_attachment.plan_view_only.policy_arn == "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"
    error_message = "The plan role gets ViewOnlyAccess (never ReadOnlyAccess, which reads table items and bucket objects)."
  }
  assert {
    condition = length(setintersection(flatten([for s in data.aws_iam_policy_document.plan.statement : s.actions]), [
      "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchGetItem", "logs:GetLogEvents", "logs:FilterLogEvents",
    ])) == 0
    error_message = "The plan role must not read table items or logs."
  }
  assert {
    condition     = toset(flatten([for s in data.aws_iam_policy_document.plan.statement : s.resources if contains(s.actions, "s3:GetObject")])) == toset(["arn:aws:s3:::cloudsuite-terraform-state-dev", "arn:aws:s3:::cloudsuite-terraform-state-dev/*/terraform.tfstate"])
    error_message = "The only objects the plan role reads are the environment's Terraform states."
  }
  assert {
    condition     = jsonencode([for s in data.aws_iam_policy_document.load_check.statement : [sort(s.actions), sort(s.resources)]]) == jsonencode([[["secretsmanager:GetSecretValue"], ["arn:aws:secretsmanager:eu-west-1:123456789012:secret:cloudsuite/dev/konnichiwa/api-keys-*"]]])
    error_message = "The load check role may read konnichiwa's API keys and nothing else."
  }
}







run "production_promotes_from_dev_in_another_account" {
  command = apply

  variables {
    environment             = "production"
    state_bucket_name       = "cloudsuite-terraform-state-production"
    domain_name             = "cloudsuite.example.com"
    promote_from_account_id = "111111111111"
  }

  assert {
    condition     = [for s in data.aws_iam_policy_document.plan.statement : s.resources if s.sid == "PullDevImagesToPromote"] == [toset(["arn:aws:ecr:eu-west-1:111111111111:repository/*-service"])]
    error_message = "Production's plan role pulls from dev's registry to promote."
  }
}

run "one_account_for_dev_and_production_is_refused" {
  command = plan

  variables {
    environment             = "production"
    state_bucket_name       = "cloudsuite-terraform-state-production"
    domain_name             = "cloudsuite.example.com"
    promote_from_account_id = "123456789012"
  }

  expect_failures = [aws_iam_role.plan]
}

run "production_without_dev_account_is_refused" {
  command = plan

  variables {
    environment       = "production"
    state_bucket_name = "cloudsuite-terraform-state-production"
    domain_name       = "cloudsuite.example.com"
  }

  expect_failures = [aws_iam_role.plan]
}
