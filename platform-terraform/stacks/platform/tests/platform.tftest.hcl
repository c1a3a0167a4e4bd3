# The platform stack of an environment, applied with mocked AWS and the values of env/dev.tfvars.
mock_provider "aws" {
  source = "../../tests/mocks"
}

variables {
  environment     = "dev"
  account_id      = "123456789012"
  region          = "eu-west-1"
  domain_name     = "dev.cloudsuite.example.com"
  enable_https    = true
  certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000000"
}

run "one_repository_per_service_of_the_root_pom" {
  command = apply

  assert {
    # The root pom's <modules> list is the one place that says which services exist.
    condition     = toset(keys(module.ecr)) == toset(flatten(regexall("<module>([a-z0-9-]+-service)</module>", file("../../../pom.xml"))))
    error_message = "locals.services must list exactly the *-service modules of the root pom.xml (each needs its ECR repository)."
  }
  assert {
    # The service stacks' tests read these outputs from tests/mocks/platform, where the repositories are written out.
    condition = alltrue([for kind in ["dkr\\.ecr", "arn:aws:ecr"] :
      toset(flatten(regexall("\"([a-z0-9-]+-service)\"\\s*=\\s*\"[^\"]*${kind}", file("../../tests/mocks/platform/platform.tfmock.hcl"))))
      == toset(keys(module.ecr))
    ])
    error_message = "tests/mocks/platform/platform.tfmock.hcl must list an ECR repository URL and ARN for exactly the services of the root pom.xml (the platform's repositories)."
  }
  assert {
    condition     = output.service_permissions_boundary_arn == "arn:aws:iam::123456789012:policy/cloudsuite/cloudsuite-service-boundary-dev"
    error_message = "The service stacks must get the bootstrap's permissions boundary."
  }
  assert {
    condition     = output.listener_arn == "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/cloudsuite-dev/0123456789abcdef/0123456789abcdef" && output.url_scheme == "https"
    error_message = "The services' host rules go on the HTTPS listener."
  }
  assert {
    condition     = length(jsondecode(aws_cloudwatch_dashboard.environment.dashboard_body).widgets) == 3 * length(module.ecr) + 2
    error_message = "The dashboard has a row per service and one for the backends."
  }
}

run "dev_and_production_are_separate_accounts" {
  command = plan

  assert {
    # Reads the committed files; var.environment only ties the assertion to the configuration, as Terraform requires.
    condition = var.environment == "dev" && (
      regex("account_id\\s*=\\s*\"([0-9]{12})\"", file("env/dev.tfvars"))[0]
      != regex("account_id\\s*=\\s*\"([0-9]{12})\"", file("env/production.tfvars"))[0]
    )
    error_message = "env/dev.tfvars and env/production.tfvars must name different accounts: both create the same ECR repository names."
  }
}

run "another_accounts_credentials_are_refused" {
  command = plan

  variables {
    account_id = "210987654321"
  }

  expect_failures = [data.aws_caller_identity.current]
}
