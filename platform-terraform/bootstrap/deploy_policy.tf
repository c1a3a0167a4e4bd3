# What CI needs to apply the service stacks (stacks/<service>), action by action; images are the plan role's.
# The platform stack and this bootstrap are applied by an administrator: their states are read-only here.
# Describe/List calls that IAM cannot scope to a resource use "*" as resource, never as action.
locals {
  arn_prefix = "arn:${local.partition}"
  in_region  = "${var.region}:${local.account_id}"
  cluster    = "cloudsuite-${var.environment}"
}

data "aws_iam_policy_document" "deploy" {
  statement {
    sid       = "StateBucket"
    actions   = ["s3:ListBucket", "s3:GetBucketVersioning"]
    resources = [aws_s3_bucket.state.arn]
  }

  # Every state is readable (the service stacks read the platform's outputs), but CI writes only the service
  # stacks' states (and their .tflock files): the platform and bootstrap states stay the administrator's.
  statement {
    sid       = "ReadStates"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.state.arn}/*"]
  }

  statement {
    sid = "WriteServiceStates"
    # DeleteObject releases the .tflock lock file.
    actions   = ["s3:PutObject", "s3:DeleteObject"]
    resources = ["${aws_s3_bucket.state.arn}/*-service/*"]
  }

  statement {
    sid       = "NeverWritePlatformOrBootstrapState"
    effect    = "Deny"
    actions   = ["s3:PutObject", "s3:DeleteObject"]
    resources = ["${aws_s3_bucket.state.arn}/platform/*", "${aws_s3_bucket.state.arn}/bootstrap/*"]
  }

  # Images are built and promoted by the plan role before the approval; applying a plan only reads them.
  statement {
    sid       = "ReadServiceImages"
    actions   = ["ecr:DescribeImages", "ecr:DescribeRepositories"]
    resources = ["${local.arn_prefix}:ecr:${local.in_region}:repository/*-service"]
  }

  statement {
    sid = "EcsUnscoped"
    actions = [
      "ecs:DeregisterTaskDefinition", "ecs:DescribeTaskDefinition", "ecs:ListTaskDefinitions",
      "ecs:RegisterTaskDefinition",
    ]
    resources = ["*"]
  }

  statement {
    sid = "EcsServices"
    actions = [
      "ecs:CreateService", "ecs:DeleteService", "ecs:DescribeServices", "ecs:ListTagsForResource",
      "ecs:TagResource", "ecs:UntagResource", "ecs:UpdateService", "ecs:DescribeClusters",
    ]
    resources = [
      "${local.arn_prefix}:ecs:${local.in_region}:cluster/${local.cluster}",
      "${local.arn_prefix}:ecs:${local.in_region}:service/${local.cluster}/*",
      "${local.arn_prefix}:ecs:${local.in_region}:task-definition/*",
    ]
  }

  # With wait_for_steady_state, AWS provider 6.11 and later follow the deployment through these two calls (and
  # fail the apply when the circuit breaker rolls it back); without them every CI apply fails.
  statement {
    sid     = "EcsServiceDeployments"
    actions = ["ecs:ListServiceDeployments", "ecs:DescribeServiceDeployments"]
    resources = [
      "${local.arn_prefix}:ecs:${local.in_region}:service/${local.cluster}/*",
      "${local.arn_prefix}:ecs:${local.in_region}:service-deployment/${local.cluster}/*",
    ]
  }

  # Roles only under the module's path, and created or given policies only with the service boundary attached
  # (service_boundary.tf): an inline policy CI writes can never exceed it, so CI cannot mint itself an admin role.
  statement {
    sid = "ServiceRolesWithBoundary"
    actions = [
      "iam:CreateRole", "iam:DeleteRolePolicy", "iam:PutRolePermissionsBoundary", "iam:PutRolePolicy",
    ]
    resources = ["${local.arn_prefix}:iam::${local.account_id}:role/cloudsuite/*"]

    condition {
      test     = "StringEquals"
      variable = "iam:PermissionsBoundary"
      values   = [aws_iam_policy.service_boundary.arn]
    }
  }

  statement {
    sid = "ServiceRoles"
    actions = [
      "iam:DeleteRole", "iam:GetRole", "iam:GetRolePolicy", "iam:ListAttachedRolePolicies",
      "iam:ListInstanceProfilesForRole", "iam:ListRolePolicies", "iam:TagRole", "iam:UntagRole",
      "iam:UpdateAssumeRolePolicy", "iam:UpdateRole",
    ]
    # The ecs-fargate-service module creates its roles under this path only.
    resources = ["${local.arn_prefix}:iam::${local.account_id}:role/cloudsuite/*"]
  }

  statement {
    sid       = "ReadServiceBoundary"
    actions   = ["iam:GetPolicy", "iam:GetPolicyVersion"]
    resources = [aws_iam_policy.service_boundary.arn]
  }

  statement {
    sid       = "PassServiceRolesToEcs"
    actions   = ["iam:PassRole"]
    resources = ["${local.arn_prefix}:iam::${local.account_id}:role/cloudsuite/*"]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }

  statement {
    sid       = "ServiceLinkedRoles"
    actions   = ["iam:CreateServiceLinkedRole"]
    resources = ["${local.arn_prefix}:iam::${local.account_id}:role/aws-service-role/*"]

    condition {
      test     = "StringEquals"
      variable = "iam:AWSServiceName"
      values   = ["ecs.amazonaws.com", "ecs.application-autoscaling.amazonaws.com", "elasticache.amazonaws.com"]
    }
  }

  statement {
    sid = "LoadBalancingRead"
    actions = [
      "elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTags",
      "elasticloadbalancing:DescribeTargetGroupAttributes", "elasticloadbalancing:DescribeTargetGroups",
      "elasticloadbalancing:DescribeTargetHealth",
    ]
    resources = ["*"]
  }

  statement {
    sid = "TargetGroupsAndRules"
    actions = [
      "elasticloadbalancing:AddTags", "elasticloadbalancing:CreateRule", "elasticloadbalancing:CreateTargetGroup",
      "elasticloadbalancing:DeleteRule", "elasticloadbalancing:DeleteTargetGroup", "elasticloadbalancing:ModifyRule",
      "elasticloadbalancing:ModifyTargetGroup", "elasticloadbalancing:ModifyTargetGroupAttributes",
      "elasticloadbalancing:RemoveTags", "elasticloadbalancing:SetRulePriorities",
    ]
    resources = [
      "${local.arn_prefix}:elasticloadbalancing:${local.in_region}:targetgroup/*",
      "${local.arn_prefix}:elasticloadbalancing:${local.in_region}:listener/app/${local.cluster}/*",
      "${local.arn_prefix}:elasticloadbalancing:${local.in_region}:listener-rule/app/${local.cluster}/*",
    ]
  }

  statement {
    sid = "SecurityGroups"
    actions = [
      "ec2:AuthorizeSecurityGroupEgress", "ec2:AuthorizeSecurityGroupIngress", "ec2:CreateSecurityGroup",
      "ec2:CreateTags", "ec2:DeleteSecurityGroup", "ec2:DeleteTags", "ec2:ModifySecurityGroupRules",
      "ec2:RevokeSecurityGroupEgress", "ec2:RevokeSecurityGroupIngress",
      "ec2:UpdateSecurityGroupRuleDescriptionsEgress", "ec2:UpdateSecurityGroupRuleDescriptionsIngress",
    ]
    resources = ["${local.arn_prefix}:ec2:${local.in_region}:*"]
  }

  statement {
    sid = "Ec2Read"
    actions = [
      "ec2:DescribeNetworkInterfaces", "ec2:DescribeSecurityGroupRules", "ec2:DescribeSecurityGroups",
      "ec2:DescribeSubnets", "ec2:DescribeTags", "ec2:DescribeVpcs",
    ]
    resources = ["*"]
  }

  statement {
    sid       = "LogGroupsRead"
    actions   = ["logs:DescribeLogGroups"]
    resources = ["*"]
  }

  statement {
    sid = "ServiceLogGroups"
    actions = [
      "logs:CreateLogGroup", "logs:DeleteLogGroup", "logs:DeleteRetentionPolicy", "logs:ListTagsForResource",
      "logs:ListTagsLogGroup", "logs:PutRetentionPolicy", "logs:TagLogGroup", "logs:TagResource",
      "logs:UntagLogGroup", "logs:UntagResource",
    ]
    resources = ["${local.arn_prefix}:logs:${local.in_region}:log-group:/ecs/*"]
  }

  statement {
    sid = "Autoscaling"
    actions = [
      "application-autoscaling:DeleteScalingPolicy", "application-autoscaling:DeregisterScalableTarget",
      "application-autoscaling:DescribeScalableTargets", "application-autoscaling:DescribeScalingPolicies",
      "application-autoscaling:ListTagsForResource", "application-autoscaling:PutScalingPolicy",
      "application-autoscaling:RegisterScalableTarget", "application-autoscaling:TagResource",
      "application-autoscaling:UntagResource",
    ]
    resources = ["*"]
  }

  statement {
    sid = "ScalingAlarms"
    actions = [
      "cloudwatch:DeleteAlarms", "cloudwatch:DescribeAlarms", "cloudwatch:ListTagsForResource",
      "cloudwatch:PutMetricAlarm", "cloudwatch:TagResource", "cloudwatch:UntagResource",
    ]
    resources = ["${local.arn_prefix}:cloudwatch:${local.in_region}:alarm:*"]
  }

  statement {
    sid = "Tables"
    actions = [
      "dynamodb:CreateTable", "dynamodb:DeleteTable", "dynamodb:DescribeContinuousBackups",
      "dynamodb:DescribeTable", "dynamodb:DescribeTimeToLive", "dynamodb:GetResourcePolicy",
      "dynamodb:ListTagsOfResource", "dynamodb:TagResource", "dynamodb:UntagResource",
      "dynamodb:UpdateContinuousBackups", "dynamodb:UpdateTable", "dynamodb:UpdateTimeToLive",
    ]
    resources = ["${local.arn_prefix}:dynamodb:${local.in_region}:table/*-${var.environment}-*"]
  }

  statement {
    sid = "Secrets"
    actions = [
      "secretsmanager:CreateSecret", "secretsmanager:DeleteSecret", "secretsmanager:DescribeSecret",
      "secretsmanager:GetResourcePolicy", "secretsmanager:GetSecretValue", "secretsmanager:ListSecretVersionIds",
      "secretsmanager:PutSecretValue", "secretsmanager:RestoreSecret", "secretsmanager:TagResource",
      "secretsmanager:UntagResource", "secretsmanager:UpdateSecret",
    ]
    resources = ["${local.arn_prefix}:secretsmanager:${local.in_region}:secret:cloudsuite/${var.environment}/*"]
  }

  statement {
    sid = "Caches"
    actions = [
      "elasticache:AddTagsToResource", "elasticache:CreateCacheParameterGroup", "elasticache:CreateCacheSubnetGroup",
      "elasticache:CreateReplicationGroup", "elasticache:DeleteCacheParameterGroup",
      "elasticache:DeleteCacheSubnetGroup", "elasticache:DeleteReplicationGroup", "elasticache:DescribeCacheClusters",
      "elasticache:DescribeCacheParameterGroups", "elasticache:DescribeCacheParameters",
      "elasticache:DescribeCacheSubnetGroups", "elasticache:DescribeReplicationGroups",
      "elasticache:ListTagsForResource", "elasticache:ModifyCacheParameterGroup", "elasticache:ModifyCacheSubnetGroup",
      "elasticache:ModifyReplicationGroup", "elasticache:RemoveTagsFromResource",
    ]
    resources = ["${local.arn_prefix}:elasticache:${local.in_region}:*"]
  }

  statement {
    sid       = "ServiceDnsRecords"
    actions   = ["route53:ChangeResourceRecordSets", "route53:GetHostedZone", "route53:ListResourceRecordSets"]
    resources = ["${local.arn_prefix}:route53:::hostedzone/*"]
  }

  statement {
    sid       = "DnsChanges"
    actions   = ["route53:GetChange"]
    resources = ["${local.arn_prefix}:route53:::change/*"]
  }
}
