data "aws_region" "current" {}

# Everything service-specific that is not the stack's own choice follows from the module name and the platform.
# Inputs only, never a resource or data source: the stack's provider configuration reads output "tags", and
# stack resources this module depends on (tables, caches) are named after output "name".
locals {
  # bullets-service => host bullets.<domain>, resources bullets-<stage>.
  short_name         = trimsuffix(var.service, "-service")
  name               = "${local.short_name}-${var.stage}"
  host_name          = "${local.short_name}.${var.platform.domain_name}"
  ecr_repository_url = var.platform.ecr_repository_urls[var.service]
  ecr_repository_arn = var.platform.ecr_repository_arns[var.service]

  tags = merge({
    Project     = "cloudsuite"
    Environment = var.stage
    Stack       = var.service
    ManagedBy   = "terraform"
  }, var.tags)
}

# The task runs the image by digest: what CI built (dev) or promoted unchanged (production) is what runs, even
# if someone could re-point the tag; the tag is only how a deploy names it.
data "aws_ecr_image" "this" {
  repository_name = var.service
  image_tag       = var.image_tag
}

locals {
  container_name = "app"
  image          = "${local.ecr_repository_url}@${data.aws_ecr_image.this.image_digest}"

  # Every service reports where it runs on GET /ping.
  environment = merge(var.environment, {
    SUITE_SERVICE_REGION = data.aws_region.current.name
    SUITE_SERVICE_STAGE  = var.stage
  })

  # Liveness, not readiness: an unhealthy container is replaced, and a backend outage must not replace them all.
  # On the management port, where Quarkus serves health in prod. The image has bash but no curl: probe over
  # /dev/tcp (CMD-SHELL runs /bin/sh, which is bash on UBI).
  container_health_check = join(" ", [
    "exec 3<>/dev/tcp/127.0.0.1/${var.management_port}",
    "&& printf 'GET ${var.liveness_path} HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3",
    "&& head -n 1 <&3 | grep -q ' 200 '",
  ])
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/ecs/${local.name}"
  retention_in_days = var.log_retention_days
  tags              = local.tags
}

resource "aws_ecs_task_definition" "this" {
  family                   = local.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.cpu
  memory                   = var.memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.cpu_architecture
  }

  # Task-local scratch space: the root filesystem is read-only, but the JVM and Vert.x write to /tmp.
  volume {
    name = "tmp"
  }

  container_definitions = jsonencode([
    {
      name                   = local.container_name
      image                  = local.image
      essential              = true
      readonlyRootFilesystem = true
      portMappings = [
        { containerPort = var.container_port, protocol = "tcp" },
        { containerPort = var.management_port, protocol = "tcp" },
      ]
      mountPoints = [
        { sourceVolume = "tmp", containerPath = "/tmp", readOnly = false }
      ]
      environment = [for k in sort(keys(local.environment)) : { name = k, value = local.environment[k] }]
      secrets     = [for k in sort(keys(var.secrets)) : { name = k, valueFrom = var.secrets[k] }]
      # Forwards SIGTERM to the JVM so Quarkus drains requests before ECS stops the task.
      linuxParameters = { initProcessEnabled = true }
      healthCheck = {
        command     = ["CMD-SHELL", local.container_health_check]
        interval    = 15
        timeout     = 5
        retries     = 3
        startPeriod = var.health_check_grace_period_seconds
      }
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.this.name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = "ecs"
        }
      }
    }
  ])

  tags = local.tags
}

resource "aws_ecs_service" "this" {
  name                               = local.name
  cluster                            = var.platform.cluster_arn
  task_definition                    = aws_ecs_task_definition.this.arn
  launch_type                        = "FARGATE"
  desired_count                      = var.min_capacity
  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  health_check_grace_period_seconds  = var.health_check_grace_period_seconds
  propagate_tags                     = "SERVICE"
  enable_ecs_managed_tags            = true
  # CI's apply returns only when the new tasks are healthy, so a failed deployment fails the pipeline.
  wait_for_steady_state = true

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  # A deployment during which the new tasks answer with errors or fail their checks is rolled back, even when
  # they pass the circuit breaker's bar.
  alarms {
    alarm_names = [aws_cloudwatch_metric_alarm.target_5xx_rate.alarm_name, aws_cloudwatch_metric_alarm.target_group["unhealthy-targets"].alarm_name]
    enable      = true
    rollback    = true
  }

  network_configuration {
    subnets          = var.platform.private_subnet_ids
    security_groups  = [aws_security_group.this.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.this.arn
    container_name   = local.container_name
    container_port   = var.container_port
  }

  # ECS refuses a target group that no listener uses yet.
  depends_on = [aws_lb_listener_rule.this]

  lifecycle {
    # Autoscaling owns the task count after creation; a deployment must not scale a busy service in.
    # Raising min_capacity still raises the count: the scalable target enforces its minimum.
    ignore_changes = [desired_count]
  }

  tags = local.tags
}
