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

# Optional step scaling, the stream limiter seed's policy: one task more at high CPU ("out"), one less at idle
# ("in"), each a step policy triggered by its own CPU alarm.
locals {
  cpu_steps = var.step_scaling == null ? {} : {
    out = {
      policy_suffix = "cpu-step-out"
      alarm_suffix  = "cpu-high"
      description   = "Adds one task when average CPU >= ${var.step_scaling.scale_out_cpu_percent} %."
      comparison    = "GreaterThanOrEqualToThreshold"
      threshold     = var.step_scaling.scale_out_cpu_percent
      adjustment    = 1
      lower_bound   = 0
      upper_bound   = null
    }
    in = {
      policy_suffix = "cpu-step-in"
      alarm_suffix  = "cpu-low"
      description   = "Removes one task when average CPU < ${var.step_scaling.scale_in_cpu_percent} %."
      comparison    = "LessThanThreshold"
      threshold     = var.step_scaling.scale_in_cpu_percent
      adjustment    = -1
      lower_bound   = null
      upper_bound   = 0
    }
  }
}

resource "aws_appautoscaling_policy" "cpu_step" {
  for_each = local.cpu_steps

  name               = "${local.name}-${each.value.policy_suffix}"
  policy_type        = "StepScaling"
  service_namespace  = aws_appautoscaling_target.this.service_namespace
  resource_id        = aws_appautoscaling_target.this.resource_id
  scalable_dimension = aws_appautoscaling_target.this.scalable_dimension

  step_scaling_policy_configuration {
    adjustment_type         = "ChangeInCapacity"
    cooldown                = var.step_scaling.cooldown_seconds
    metric_aggregation_type = "Average"

    step_adjustment {
      metric_interval_lower_bound = each.value.lower_bound
      metric_interval_upper_bound = each.value.upper_bound
      scaling_adjustment          = each.value.adjustment
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "cpu_step" {
  for_each = local.cpu_steps

  alarm_name          = "${local.name}-${each.value.alarm_suffix}"
  alarm_description   = each.value.description
  namespace           = "AWS/ECS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = var.step_scaling.evaluation_periods
  comparison_operator = each.value.comparison
  threshold           = each.value.threshold
  alarm_actions       = [aws_appautoscaling_policy.cpu_step[each.key].arn]

  dimensions = {
    ClusterName = var.platform.cluster_name
    ServiceName = aws_ecs_service.this.name
  }

  tags = local.tags
}
