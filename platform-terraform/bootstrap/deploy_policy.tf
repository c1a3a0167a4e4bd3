# What CI needs to apply the service stacks (stacks/<service>), action by action; images are the plan role's.
# The platform stack and this bootstrap are applied by an administrator: their states are read-only here.
# Describe/List calls that IAM cannot scope to a resource use "*" as resource, never as action. What a service
# stack creates carries the tags Environment = <environment> and Stack = <service> (its provider's default_tags):
# changes to security groups, caches and scalable targets are allowed on those tags only, so the platform's own
# resources (Stack = platform) and anything else in the account stay out of reach. Names of everything else
# (roles, log groups, alarms, target groups, task families) end in -<environment>.
locals {
  arn_prefix = "arn:${local.partition}"
  in_region  = "${var.region}:${local.account_id}"
  cluster    = "cloudsuite-${var.environment}"

  # Condition values of "created by a service stack of this environment".
  service_stack_pattern = "*-service"
}

locals {
  # The ecs-fargate-service module's roles: /cloudsuite/<service>-<environment>-task and -execution.
  service_role_arns = [
    "${local.arn_prefix}:iam::${local.account_id}:role/cloudsuite/*-${var.environment}-task",
    "${local.arn_prefix}:iam::${local.account_id}:role/cloudsuite/*-${var.environment}-execution",
  ]
}

locals {
  # The conditions "carries the tags of a service stack of this environment": RequestTag when a request creates
  # something, ResourceTag when it changes or deletes what exists.
  service_stack_tags = {
    RequestTag = [
      {
        test     = "StringEquals"
        variable = "aws:RequestTag/Environment"
        values   = [var.environment]
      },
      {
        test     = "StringLike"
        variable = "aws:RequestTag/Stack"
        values   = [local.service_stack_pattern]
      },
    ]
    ResourceTag = [
      {
        test     = "StringEquals"
        variable = "aws:ResourceTag/Environment"
        values   = [var.environment]
      },
      {
        test     = "StringLike"
        variable = "aws:ResourceTag/Stack"
        values   = [local.service_stack_pattern]
      },
    ]
  }

  # The deploy role's statements in policy order, one object each (effect when not Allow, conditions when any).
  deploy_statements = [
    {
      sid       = "StateBucket"
      actions   = ["s3:ListBucket", "s3:GetBucketVersioning"]
      resources = [aws_s3_bucket.state.arn]
    },
    # Every state is readable (the service stacks read the platform's outputs), but CI writes only the service
    # stacks' states (and their .tflock files): the platform and bootstrap states stay the administrator's.
    {
      sid       = "ReadStates"
      actions   = ["s3:GetObject"]
      resources = ["${aws_s3_bucket.state.arn}/*"]
    },
    {
      sid = "WriteServiceStates"
      # DeleteObject releases the .tflock lock file.
      actions   = ["s3:PutObject", "s3:DeleteObject"]
      resources = ["${aws_s3_bucket.state.arn}/*-service/*"]
    },
    {
      sid       = "NeverWritePlatformOrBootstrapState"
      effect    = "Deny"
      actions   = ["s3:PutObject", "s3:DeleteObject"]
      resources = ["${aws_s3_bucket.state.arn}/platform/*", "${aws_s3_bucket.state.arn}/bootstrap/*"]
    },
    # Images are built and promoted by the plan role before the approval; applying a plan only reads them. After a
    # successful dev deploy, mark-deployed.sh adds the tag deployed-<commit> to the image that now runs (a new tag on
    # an existing manifest: no layer is uploaded), which production promotes.
    {
      sid       = "ReadAndMarkServiceImages"
      actions   = ["ecr:BatchGetImage", "ecr:DescribeImages", "ecr:DescribeRepositories", "ecr:PutImage"]
      resources = ["${local.arn_prefix}:ecr:${local.in_region}:repository/*-service"]
    },
    {
      sid = "EcsUnscoped"
      actions = [
        "ecs:DeregisterTaskDefinition", "ecs:DescribeTaskDefinition", "ecs:ListTaskDefinitions",
        "ecs:RegisterTaskDefinition",
      ]
      resources = ["*"]
    },
    {
      sid = "EcsServices"
      actions = [
        "ecs:CreateService", "ecs:DeleteService", "ecs:DescribeServices", "ecs:ListTagsForResource",
        "ecs:TagResource", "ecs:UntagResource", "ecs:UpdateService", "ecs:DescribeClusters",
      ]
      resources = [
        "${local.arn_prefix}:ecs:${local.in_region}:cluster/${local.cluster}",
        "${local.arn_prefix}:ecs:${local.in_region}:service/${local.cluster}/*",
        "${local.arn_prefix}:ecs:${local.in_region}:task-definition/*-${var.environment}:*",
      ]
    },
    # ecs-deployment-outcome.sh follows the deployment after the apply through describe-services and these calls,
    # and fails the deploy when the circuit breaker or a deployment alarm rolled it back.
    {
      sid     = "EcsServiceDeployments"
      actions = ["ecs:ListServiceDeployments", "ecs:DescribeServiceDeployments"]
      resources = [
        "${local.arn_prefix}:ecs:${local.in_region}:service/${local.cluster}/*",
        "${local.arn_prefix}:ecs:${local.in_region}:service-deployment/${local.cluster}/*",
      ]
    },
    # Roles only under the module's path, and created or given policies only with the service boundary attached
    # (service_boundary.tf): an inline policy CI writes can never exceed it, so CI cannot mint itself an admin role.
    {
      sid = "ServiceRolesWithBoundary"
      actions = [
        "iam:CreateRole", "iam:DeleteRolePolicy", "iam:PutRolePermissionsBoundary", "iam:PutRolePolicy",
      ]
      resources = local.service_role_arns
      conditions = [
        {
          test     = "StringEquals"
          variable = "iam:PermissionsBoundary"
          values   = [aws_iam_policy.service_boundary.arn]
        },
      ]
    },
    # Never iam:UpdateAssumeRolePolicy: a trust policy is not limited by the boundary, so rewriting one would let
    # anyone the new trust names use the role. The module's trust (ECS tasks of this account) is set at creation.
    {
      sid = "ServiceRoles"
      actions = [
        "iam:DeleteRole", "iam:GetRole", "iam:GetRolePolicy", "iam:ListAttachedRolePolicies",
        "iam:ListInstanceProfilesForRole", "iam:ListRolePolicies", "iam:TagRole", "iam:UntagRole", "iam:UpdateRole",
      ]
      resources = local.service_role_arns
    },
    {
      sid       = "ReadServiceBoundary"
      actions   = ["iam:GetPolicy", "iam:GetPolicyVersion"]
      resources = [aws_iam_policy.service_boundary.arn]
    },
    {
      sid       = "PassServiceRolesToEcs"
      actions   = ["iam:PassRole"]
      resources = local.service_role_arns
      conditions = [
        {
          test     = "StringEquals"
          variable = "iam:PassedToService"
          values   = ["ecs-tasks.amazonaws.com"]
        },
      ]
    },
    {
      sid       = "ServiceLinkedRoles"
      actions   = ["iam:CreateServiceLinkedRole"]
      resources = ["${local.arn_prefix}:iam::${local.account_id}:role/aws-service-role/*"]
      conditions = [
        {
          test     = "StringEquals"
          variable = "iam:AWSServiceName"
          values   = ["ecs.amazonaws.com", "ecs.application-autoscaling.amazonaws.com", "elasticache.amazonaws.com"]
        },
      ]
    },
    {
      sid = "LoadBalancingRead"
      actions = [
        "elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeLoadBalancers",
        "elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTags",
        "elasticloadbalancing:DescribeTargetGroupAttributes", "elasticloadbalancing:DescribeTargetGroups",
        "elasticloadbalancing:DescribeTargetHealth",
      ]
      resources = ["*"]
    },
    {
      sid = "TargetGroupsAndRules"
      actions = [
        "elasticloadbalancing:AddTags", "elasticloadbalancing:CreateRule", "elasticloadbalancing:CreateTargetGroup",
        "elasticloadbalancing:DeleteRule", "elasticloadbalancing:DeleteTargetGroup", "elasticloadbalancing:ModifyRule",
        "elasticloadbalancing:ModifyTargetGroup", "elasticloadbalancing:ModifyTargetGroupAttributes",
        "elasticloadbalancing:RemoveTags", "elasticloadbalancing:SetRulePriorities",
      ]
      resources = [
        "${local.arn_prefix}:elasticloadbalancing:${local.in_region}:targetgroup/*-${var.environment}/*",
        "${local.arn_prefix}:elasticloadbalancing:${local.in_region}:listener/app/${local.cluster}/*",
        "${local.arn_prefix}:elasticloadbalancing:${local.in_region}:listener-rule/app/${local.cluster}/*",
      ]
    },
    # A security group is created in the environment's VPC with the stack's tags; only such groups (and their rules)
    # can be changed or deleted afterwards.
    {
      sid       = "CreateSecurityGroupsInVpc"
      actions   = ["ec2:CreateSecurityGroup"]
      resources = ["${local.arn_prefix}:ec2:${local.in_region}:vpc/*"]
    },
    {
      sid        = "CreateTaggedSecurityGroups"
      actions    = ["ec2:AuthorizeSecurityGroupEgress", "ec2:AuthorizeSecurityGroupIngress", "ec2:CreateSecurityGroup", "ec2:CreateTags"]
      resources  = ["${local.arn_prefix}:ec2:${local.in_region}:security-group/*", "${local.arn_prefix}:ec2:${local.in_region}:security-group-rule/*"]
      conditions = local.service_stack_tags.RequestTag
    },
    {
      sid = "ServiceStackSecurityGroups"
      actions = [
        "ec2:AuthorizeSecurityGroupEgress", "ec2:AuthorizeSecurityGroupIngress", "ec2:CreateTags",
        "ec2:DeleteSecurityGroup", "ec2:DeleteTags", "ec2:ModifySecurityGroupRules", "ec2:RevokeSecurityGroupEgress",
        "ec2:RevokeSecurityGroupIngress", "ec2:UpdateSecurityGroupRuleDescriptionsEgress",
        "ec2:UpdateSecurityGroupRuleDescriptionsIngress",
      ]
      resources  = ["${local.arn_prefix}:ec2:${local.in_region}:security-group/*", "${local.arn_prefix}:ec2:${local.in_region}:security-group-rule/*"]
      conditions = local.service_stack_tags.ResourceTag
    },
    {
      sid = "Ec2Read"
      actions = [
        "ec2:DescribeNetworkInterfaces", "ec2:DescribeSecurityGroupRules", "ec2:DescribeSecurityGroups",
        "ec2:DescribeSubnets", "ec2:DescribeTags", "ec2:DescribeVpcs",
      ]
      resources = ["*"]
    },
    {
      sid       = "LogGroupsRead"
      actions   = ["logs:DescribeLogGroups"]
      resources = ["*"]
    },
    {
      sid = "ServiceLogGroups"
      actions = [
        "logs:CreateLogGroup", "logs:DeleteLogGroup", "logs:DeleteRetentionPolicy", "logs:ListTagsForResource",
        "logs:ListTagsLogGroup", "logs:PutRetentionPolicy", "logs:TagLogGroup", "logs:TagResource",
        "logs:UntagLogGroup", "logs:UntagResource",
      ]
      resources = ["${local.arn_prefix}:logs:${local.in_region}:log-group:/ecs/*-${var.environment}", "${local.arn_prefix}:logs:${local.in_region}:log-group:/ecs/*-${var.environment}:*"]
    },
    {
      sid       = "AutoscalingRead"
      actions   = ["application-autoscaling:DescribeScalableTargets", "application-autoscaling:DescribeScalingPolicies"]
      resources = ["*"]
    },
    {
      sid        = "RegisterTaggedScalableTargets"
      actions    = ["application-autoscaling:RegisterScalableTarget", "application-autoscaling:TagResource"]
      resources  = ["*"]
      conditions = local.service_stack_tags.RequestTag
    },
    {
      sid = "ServiceStackScalableTargets"
      actions = [
        "application-autoscaling:DeleteScalingPolicy", "application-autoscaling:DeregisterScalableTarget",
        "application-autoscaling:ListTagsForResource", "application-autoscaling:PutScalingPolicy",
        "application-autoscaling:RegisterScalableTarget", "application-autoscaling:TagResource",
        "application-autoscaling:UntagResource",
      ]
      resources  = ["*"]
      conditions = local.service_stack_tags.ResourceTag
    },
    {
      sid = "ScalingAlarms"
      actions = [
        "cloudwatch:DeleteAlarms", "cloudwatch:DescribeAlarms", "cloudwatch:ListTagsForResource",
        "cloudwatch:PutMetricAlarm", "cloudwatch:TagResource", "cloudwatch:UntagResource",
      ]
      resources = ["${local.arn_prefix}:cloudwatch:${local.in_region}:alarm:*-${var.environment}-*"]
    },
    {
      sid = "Tables"
      actions = [
        "dynamodb:CreateTable", "dynamodb:DeleteTable", "dynamodb:DescribeContinuousBackups",
        "dynamodb:DescribeTable", "dynamodb:DescribeTimeToLive", "dynamodb:GetResourcePolicy",
        "dynamodb:ListTagsOfResource", "dynamodb:TagResource", "dynamodb:UntagResource",
        "dynamodb:UpdateContinuousBackups", "dynamodb:UpdateTable", "dynamodb:UpdateTimeToLive",
      ]
      resources = ["${local.arn_prefix}:dynamodb:${local.in_region}:table/*-${var.environment}-*"]
    },
    {
      sid = "Secrets"
      actions = [
        "secretsmanager:CreateSecret", "secretsmanager:DeleteSecret", "secretsmanager:DescribeSecret",
        "secretsmanager:GetResourcePolicy", "secretsmanager:GetSecretValue", "secretsmanager:ListSecretVersionIds",
        "secretsmanager:PutSecretValue", "secretsmanager:RestoreSecret", "secretsmanager:TagResource",
        "secretsmanager:UntagResource", "secretsmanager:UpdateSecret",
      ]
      resources = ["${local.arn_prefix}:secretsmanager:${local.in_region}:secret:cloudsuite/${var.environment}/*"]
    },
    {
      sid = "CachesRead"
      actions = [
        "elasticache:DescribeCacheClusters", "elasticache:DescribeCacheParameterGroups",
        "elasticache:DescribeCacheParameters", "elasticache:DescribeCacheSubnetGroups",
        "elasticache:DescribeReplicationGroups",
      ]
      resources = ["*"]
    },
    {
      sid = "CreateTaggedCaches"
      actions = [
        "elasticache:AddTagsToResource", "elasticache:CreateCacheParameterGroup", "elasticache:CreateCacheSubnetGroup",
        "elasticache:CreateReplicationGroup",
      ]
      resources  = ["${local.arn_prefix}:elasticache:${local.in_region}:*"]
      conditions = local.service_stack_tags.RequestTag
    },
    {
      sid = "ServiceStackCaches"
      actions = [
        "elasticache:AddTagsToResource", "elasticache:DeleteCacheParameterGroup", "elasticache:DeleteCacheSubnetGroup",
        "elasticache:DeleteReplicationGroup", "elasticache:ListTagsForResource", "elasticache:ModifyCacheParameterGroup",
        "elasticache:ModifyCacheSubnetGroup", "elasticache:ModifyReplicationGroup", "elasticache:RemoveTagsFromResource",
      ]
      resources  = ["${local.arn_prefix}:elasticache:${local.in_region}:*"]
      conditions = local.service_stack_tags.ResourceTag
    },
    {
      sid       = "DnsZoneRead"
      actions   = ["route53:GetHostedZone", "route53:ListResourceRecordSets"]
      resources = ["${local.arn_prefix}:route53:::hostedzone/*"]
    },
    # Only the services' alias records (A, <name>.<domain_name>) in the environment's zone: never its NS, MX or
    # certificate validation records, nor any other zone of the account.
    {
      sid       = "ServiceDnsRecords"
      actions   = ["route53:ChangeResourceRecordSets"]
      resources = ["${local.arn_prefix}:route53:::hostedzone/*"]
      conditions = [
        {
          test     = "ForAllValues:StringLike"
          variable = "route53:ChangeResourceRecordSetsNormalizedRecordNames"
          values   = ["*.${lower(var.domain_name)}"]
        },
        {
          test     = "ForAllValues:StringEquals"
          variable = "route53:ChangeResourceRecordSetsRecordTypes"
          values   = ["A"]
        },
      ]
    },
    {
      sid       = "DnsChanges"
      actions   = ["route53:GetChange"]
      resources = ["${local.arn_prefix}:route53:::change/*"]
    },
  ]
}

data "aws_iam_policy_document" "deploy" {
  dynamic "statement" {
    for_each = local.deploy_statements

    content {
      sid       = statement.value.sid
      effect    = try(statement.value.effect, null)
      actions   = statement.value.actions
      resources = statement.value.resources

      dynamic "condition" {
        for_each = try(statement.value.conditions, [])

        content {
          test     = condition.value.test
          variable = condition.value.variable
          values   = condition.value.values
        }
      }
    }
  }
}
