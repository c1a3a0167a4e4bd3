resource "aws_appautoscaling_target" "this" {
  service_namespace  = "ecs"
  resource_id        = "service/${var.platform.cluster_name}/${aws_ecs_service.this.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = var.min_capacity
  max_capacity       = var.max_capacity
  tags               = local.tags
}

resource "aws_appautoscaling_policy" "cpu_target_tracking" {
  name               = "${local.name}-cpu-target"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this.service_namespace
  resource_id        = aws_appautoscaling_target.this.resource_id
  scalable_dimension = aws_appautoscaling_target.this.scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value       = var.cpu_target_percent
    scale_out_cooldown = 60
    scale_in_cooldown  = 300

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

# Optional step scaling, the stream limiter seed's policy: one task more at high CPU, one less at idle.
resource "aws_appautoscaling_policy" "step_out" {
  count = var.step_scaling == null ? 0 : 1

  name               = "${local.name}-cpu-step-out"
  policy_type        = "StepScaling"
  service_namespace  = aws_appautoscaling_target.this.service_namespace
  resource_id        = aws_appautoscaling_target.this.resource_id
  scalable_dimension = aws_appautoscaling_target.this.scalable_dimension

  step_scaling_policy_configuration {
    adjustment_type         = "ChangeInCapacity"
    cooldown                = var.step_scaling.cooldown_seconds
    metric_aggregation_type = "Average"

    step_adjustment {
      metric_interval_lower_bound = 0
      scaling_adjustment          = 1
    }
  }
}

resource "aws_appautoscaling_policy" "step_in" {
  count = var.step_scaling == null ? 0 : 1

  name               = "${local.name}-cpu-step-in"
  policy_type        = "StepScaling"
  service_namespace  = aws_appautoscaling_target.this.service_namespace
  resource_id        = aws_appautoscaling_target.this.resource_id
  scalable_dimension = aws_appautoscaling_target.this.scalable_dimension

  step_scaling_policy_configuration {
    adjustment_type         = "ChangeInCapacity"
    cooldown                = var.step_scaling.cooldown_seconds
    metric_aggregation_type = "Average"

    step_adjustment {
      metric_interval_upper_bound = 0
      scaling_adjustment          = -1
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "cpu_high" {
  count = var.step_scaling == null ? 0 : 1

  alarm_name          = "${local.name}-cpu-high"
  alarm_description   = "Adds one task when average CPU >= ${var.step_scaling.scale_out_cpu_percent} %."
  namespace           = "AWS/ECS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = var.step_scaling.evaluation_periods
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = var.step_scaling.scale_out_cpu_percent
  alarm_actions       = [aws_appautoscaling_policy.step_out[0].arn]

  dimensions = {
    ClusterName = var.platform.cluster_name
    ServiceName = aws_ecs_service.this.name
  }

  tags = local.tags
}

resource "aws_cloudwatch_metric_alarm" "cpu_low" {
  count = var.step_scaling == null ? 0 : 1

  alarm_name          = "${local.name}-cpu-low"
  alarm_description   = "Removes one task when average CPU < ${var.step_scaling.scale_in_cpu_percent} %."
  namespace           = "AWS/ECS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = var.step_scaling.evaluation_periods
  comparison_operator = "LessThanThreshold"
  threshold           = var.step_scaling.scale_in_cpu_percent
  alarm_actions       = [aws_appautoscaling_policy.step_in[0].arn]

  dimensions = {
    ClusterName = var.platform.cluster_name
    ServiceName = aws_ecs_service.this.name
  }

  tags = local.tags
}
