# Applies the module with mocked AWS (the provider's own schema and argument validation, no account) and
# asserts what the service relies on: health on the management port, alarms wired into deployments, exact IAM.
mock_provider "aws" {
  source = "../../tests/mocks"
}

override_resource {
  target = aws_cloudwatch_log_group.this
  values = { arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/bullets-dev" }
}

variables {
  service                = "bullets-service"
  stage                  = "dev"
  image_tag              = "0123456789abcdef0123456789abcdef01234567"
  listener_rule_priority = 100
  platform = {
    cluster_name                     = "cloudsuite-dev"
    cluster_arn                      = "arn:aws:ecs:eu-west-1:123456789012:cluster/cloudsuite-dev"
    vpc_id                           = "vpc-0123456789abcdef0"
    private_subnet_ids               = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    load_balancer_security_group_id  = "sg-0fedcba9876543210"
    load_balancer_dns_name           = "cloudsuite-dev-123456789.eu-west-1.elb.amazonaws.com"
    load_balancer_zone_id            = "Z32O12XQLNTSW2"
    listener_arn                     = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/cloudsuite-dev/0123456789abcdef/0123456789abcdef"
    url_scheme                       = "https"
    domain_name                      = "dev.cloudsuite.example.com"
    route53_zone_id                  = "Z0123456789ABCDEFGHIJ"
    ecr_repository_urls              = { "bullets-service" = "210987654321.dkr.ecr.eu-west-1.amazonaws.com/bullets-service" }
    ecr_repository_arns              = { "bullets-service" = "arn:aws:ecr:eu-west-1:210987654321:repository/bullets-service" }
    service_permissions_boundary_arn = "arn:aws:iam::123456789012:policy/cloudsuite/cloudsuite-service-boundary-dev"
    alarm_topic_arn                  = "arn:aws:sns:eu-west-1:123456789012:cloudsuite-dev-alarms"
    load_balancer_arn_suffix         = "app/cloudsuite-dev/0123456789abcdef"
  }
  secrets = {
    QUARKUS_REDIS_PASSWORD = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:cloudsuite/dev/bullets/redis-auth-token-AbCdEf"
  }
  task_role_statements = [{
    sid       = "Table"
    actions   = ["dynamodb:GetItem"]
    resources = ["arn:aws:dynamodb:eu-west-1:123456789012:table/bullets-dev-x"]
  }]
}

run "service_as_deployed" {
  command = apply

  assert {
    condition     = aws_lb_target_group.this.port == 8080 && aws_lb_target_group.this.health_check[0].port == "9000"
    error_message = "Client traffic must go to 8080 and the target group's health check to the management port 9000."
  }
  assert {
    condition     = aws_lb_target_group.this.health_check[0].path == "/q/health/ready"
    error_message = "The target group must probe readiness (/q/health/ready)."
  }
  assert {
    condition = (
      strcontains(jsondecode(aws_ecs_task_definition.this.container_definitions)[0].healthCheck.command[1], "/dev/tcp/127.0.0.1/9000")
      && strcontains(jsondecode(aws_ecs_task_definition.this.container_definitions)[0].healthCheck.command[1], "GET /q/health/live ")
    )
    error_message = "The container health check must probe liveness (/q/health/live) on port 9000."
  }
  assert {
    condition     = toset([for m in jsondecode(aws_ecs_task_definition.this.container_definitions)[0].portMappings : m.containerPort]) == toset([8080, 9000])
    error_message = "The container must map the public port 8080 and the management port 9000."
  }
  assert {
    condition = (
      aws_vpc_security_group_ingress_rule.health_checks_from_load_balancer.from_port == 9000
      && aws_vpc_security_group_ingress_rule.health_checks_from_load_balancer.to_port == 9000
      && aws_vpc_security_group_ingress_rule.health_checks_from_load_balancer.referenced_security_group_id == var.platform.load_balancer_security_group_id
    )
    error_message = "Only the load balancer may reach the management port (health checks)."
  }
  assert {
    condition     = aws_lb_listener_rule.this.action[0].target_group_arn == aws_lb_target_group.this.arn && toset(flatten([for c in aws_lb_listener_rule.this.condition : [for h in c.host_header : h.values]])) == toset(["bullets.dev.cloudsuite.example.com"])
    error_message = "The host rule must forward bullets.<domain> to the service's target group."
  }

  assert {
    condition     = jsondecode(aws_ecs_task_definition.this.container_definitions)[0].image == "210987654321.dkr.ecr.eu-west-1.amazonaws.com/bullets-service@sha256:4a5f0c3c4b1d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f"
    error_message = "The task must run the image by the digest its tag names."
  }
  assert {
    condition = (
      jsondecode(aws_ecs_task_definition.this.container_definitions)[0].readonlyRootFilesystem
      && one([for m in jsondecode(aws_ecs_task_definition.this.container_definitions)[0].mountPoints : m if m.containerPath == "/tmp"]).readOnly == false
      && contains([for v in aws_ecs_task_definition.this.volume : v.name], one([for m in jsondecode(aws_ecs_task_definition.this.container_definitions)[0].mountPoints : m.sourceVolume if m.containerPath == "/tmp"]))
    )
    error_message = "A read-only root filesystem needs a writable task volume at /tmp."
  }
  assert {
    condition     = aws_cloudwatch_log_group.this.retention_in_days == 30 && !contains(keys(jsondecode(aws_ecs_task_definition.this.container_definitions)[0].logConfiguration.options), "awslogs-create-group")
    error_message = "Logs must expire, in the log group Terraform owns (never one the agent creates)."
  }

  assert {
    condition = alltrue([for a in [
      aws_cloudwatch_metric_alarm.target_5xx_rate, aws_cloudwatch_metric_alarm.target_group["p99-latency"],
      aws_cloudwatch_metric_alarm.target_group["unhealthy-targets"], aws_cloudwatch_metric_alarm.target_group["below-minimum-tasks"],
    ] : a.alarm_actions == toset([var.platform.alarm_topic_arn])])
    error_message = "Every service alarm must notify the environment's alarm topic."
  }
  assert {
    condition = (
      aws_ecs_service.this.deployment_circuit_breaker[0].rollback
      && aws_ecs_service.this.alarms[0].rollback
      && aws_ecs_service.this.alarms[0].alarm_names == toset([aws_cloudwatch_metric_alarm.target_5xx_rate.alarm_name, aws_cloudwatch_metric_alarm.target_group["unhealthy-targets"].alarm_name])
    )
    error_message = "The circuit breaker and the 5xx-rate and unhealthy-target alarms must roll a deployment back."
  }
  assert {
    condition     = length(aws_appautoscaling_policy.cpu_step) == 0 && length(aws_cloudwatch_metric_alarm.cpu_step) == 0
    error_message = "Step scaling is off unless step_scaling is given."
  }
  assert {
    condition     = aws_ecs_service.this.wait_for_steady_state
    error_message = "An apply must wait for the deployment (the deploy script then checks its outcome in ECS)."
  }

  assert {
    condition = (
      aws_iam_role.task.permissions_boundary == var.platform.service_permissions_boundary_arn
      && aws_iam_role.execution.permissions_boundary == var.platform.service_permissions_boundary_arn
      && aws_iam_role.task.path == "/cloudsuite/" && aws_iam_role.execution.path == "/cloudsuite/"
    )
    error_message = "Both roles must live under /cloudsuite/ with the service permissions boundary."
  }
  assert {
    condition = jsonencode({
      for s in data.aws_iam_policy_document.execution.statement : s.sid => [sort(s.actions), sort(s.resources)]
      }) == jsonencode({
      EcrAuthentication = [["ecr:GetAuthorizationToken"], ["*"]]
      PullImage         = [["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"], ["arn:aws:ecr:eu-west-1:210987654321:repository/bullets-service"]]
      WriteLogs         = [["logs:CreateLogStream", "logs:PutLogEvents"], ["arn:aws:logs:eu-west-1:123456789012:log-group:/ecs/bullets-dev:*"]]
      InjectSecrets     = [["secretsmanager:GetSecretValue"], ["arn:aws:secretsmanager:eu-west-1:123456789012:secret:cloudsuite/dev/bullets/redis-auth-token-AbCdEf"]]
    })
    error_message = "The execution role may pull its own image, write its own logs and read exactly its secrets."
  }
  assert {
    condition     = jsonencode([for s in data.aws_iam_policy_document.task[0].statement : [s.sid, sort(s.actions), sort(s.resources)]]) == jsonencode([["Table", ["dynamodb:GetItem"], ["arn:aws:dynamodb:eu-west-1:123456789012:table/bullets-dev-x"]]])
    error_message = "The task role must hold exactly the stack's statements."
  }
}





run "step_scaling_adds_and_removes_one_task" {
  command = apply

  variables {
    step_scaling = {
      scale_out_cpu_percent = 85
      scale_in_cpu_percent  = 10
      evaluation_periods    = 2
      cooldown_seconds      = 120
    }
  }

  assert {
    condition = (
      aws_cloudwatch_metric_alarm.cpu_step["out"].alarm_name == "bullets-dev-cpu-high"
      && aws_cloudwatch_metric_alarm.cpu_step["out"].comparison_operator == "GreaterThanOrEqualToThreshold"
      && aws_cloudwatch_metric_alarm.cpu_step["out"].threshold == 85
      && aws_cloudwatch_metric_alarm.cpu_step["out"].alarm_actions == toset([aws_appautoscaling_policy.cpu_step["out"].arn])
      && aws_appautoscaling_policy.cpu_step["out"].name == "bullets-dev-cpu-step-out"
      && one(aws_appautoscaling_policy.cpu_step["out"].step_scaling_policy_configuration[0].step_adjustment).scaling_adjustment == 1
      && one(aws_appautoscaling_policy.cpu_step["out"].step_scaling_policy_configuration[0].step_adjustment).metric_interval_lower_bound == "0"
    )
    error_message = "At average CPU >= 85 % the cpu-high alarm must add one task (step policy cpu-step-out)."
  }
  assert {
    condition = (
      aws_cloudwatch_metric_alarm.cpu_step["in"].alarm_name == "bullets-dev-cpu-low"
      && aws_cloudwatch_metric_alarm.cpu_step["in"].comparison_operator == "LessThanThreshold"
      && aws_cloudwatch_metric_alarm.cpu_step["in"].threshold == 10
      && aws_cloudwatch_metric_alarm.cpu_step["in"].alarm_actions == toset([aws_appautoscaling_policy.cpu_step["in"].arn])
      && aws_appautoscaling_policy.cpu_step["in"].name == "bullets-dev-cpu-step-in"
      && one(aws_appautoscaling_policy.cpu_step["in"].step_scaling_policy_configuration[0].step_adjustment).scaling_adjustment == -1
      && one(aws_appautoscaling_policy.cpu_step["in"].step_scaling_policy_configuration[0].step_adjustment).metric_interval_upper_bound == "0"
    )
    error_message = "Below 10 % average CPU the cpu-low alarm must remove one task (step policy cpu-step-in)."
  }
}

run "wildcard_actions_are_refused" {
  command = plan

  variables {
    task_role_statements = [{ sid = "Wild", actions = ["dynamodb:*"], resources = ["*"] }]
  }

  expect_failures = [var.task_role_statements]
}

run "readiness_is_never_the_liveness_path" {
  command = plan

  variables {
    liveness_path = "/q/health/ready"
  }

  expect_failures = [var.liveness_path]
}

run "health_is_never_on_the_public_port" {
  command = plan

  variables {
    management_port = 8080
  }

  expect_failures = [var.management_port]
}
