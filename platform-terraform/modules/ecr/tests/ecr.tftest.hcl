# One service's repository, applied with mocked AWS.
mock_provider "aws" {
  source = "../../tests/mocks"
}

variables {
  name                = "bullets-service"
  pull_principal_arns = ["arn:aws:iam::210987654321:role/cloudsuite-github-plan-production"]
}

run "immutable_scanned_and_pullable_by_production" {
  command = apply

  assert {
    condition     = aws_ecr_repository.this.image_tag_mutability == "IMMUTABLE" && aws_ecr_repository.this.image_scanning_configuration[0].scan_on_push
    error_message = "Tags must be immutable (a commit always names one image) and images scanned on push."
  }
  assert {
    condition = (
      jsondecode(aws_ecr_lifecycle_policy.this.policy).rules[1].selection.countNumber == var.tagged_images_to_keep
      && jsondecode(aws_ecr_lifecycle_policy.this.policy).rules[0].selection.tagStatus == "untagged"
    )
    error_message = "Untagged images must expire and only the newest tagged ones be kept."
  }
  assert {
    condition     = toset(flatten([for s in data.aws_iam_policy_document.pull[0].statement : [for p in s.principals : p.identifiers]])) == toset(var.pull_principal_arns)
    error_message = "Only the listed principals of other accounts may pull."
  }
}
