output "state_bucket_name" {
  description = "Bucket of the environment's Terraform states: the bucket of every env/<environment>.s3.tfbackend and the stacks' state_bucket."
  value       = aws_s3_bucket.state.bucket
}

output "deploy_role_arn" {
  description = "Role GitHub Actions assumes through OIDC: set it as the AWS_DEPLOY_ROLE_ARN variable of the GitHub environment."
  value       = aws_iam_role.deploy.arn
}

output "plan_role_arn" {
  description = "Role the deploy's prepare job assumes (image, plan): set it as the AWS_PLAN_ROLE_ARN variable of the GitHub environment <environment>-plan."
  value       = aws_iam_role.plan.arn
}

output "github_oidc_provider_arn" {
  description = "ARN of the account's GitHub OIDC identity provider."
  value       = local.github_oidc_provider_arn
}

output "service_permissions_boundary_arn" {
  description = "Permissions boundary every service role must carry; the platform stack passes it to the service stacks (platform.service_permissions_boundary_arn)."
  value       = aws_iam_policy.service_boundary.arn
}

output "load_check_role_arn" {
  description = "Role of the post-deploy load check job (reads konnichiwa's API keys only): set it as the AWS_LOAD_CHECK_ROLE_ARN variable of the GitHub environment <environment>-plan."
  value       = aws_iam_role.load_check.arn
}
