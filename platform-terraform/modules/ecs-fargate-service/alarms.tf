# What pages someone, per service, to the environment's SNS topic (platform.alarm_topic_arn). A new service gets
# them by calling this module. The 5xx-rate and unhealthy-target alarms also guard deployments: ECS rolls a
# deployment back when one of them goes to ALARM while it runs (aws_ecs_service.this, alarms block).
locals {
  alarm_dimensions = {
    LoadBalancer = var.platform.load_balancer_arn_suffix
    TargetGroup  = aws_lb_target_group.this.arn_suffix
  }
  # DynamoDB publishes SystemErrors per operation: summed over those the services use.
  dynamodb_operations = [
    "GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query", "BatchWriteItem", "TransactGetItems",
    "TransactWriteItems",
  ]
}

resource "aws_cloudwatch_metric_alarm" "target_5xx_rate" {
  alarm_name          = "${local.name}-5xx-rate"
  alarm_description   = "More than ${var.alarms.error_rate_percent} % of ${var.service}'s responses are 5xx (including its 503s while a backend is down)."
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.alarms.error_rate_percent
  evaluation_periods  = 3
  datapoints_to_alarm = 2
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.platform.alarm_topic_arn]
  ok_actions          = [var.platform.alarm_topic_arn]

  metric_query {
    id          = "rate"
    expression  = "IF(requests > 0, 100 * errors / requests, 0)"
    label       = "5xx %"
    return_data = true
  }

  metric_query {
    id = "errors"

    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_Target_5XX_Count"
      dimensions  = local.alarm_dimensions
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "requests"

    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      dimensions  = local.alarm_dimensions
      period      = 60
      stat        = "Sum"
    }
  }

  tags = local.tags
}

# One metric of the service's target group each, to the alarm topic.
locals {
  target_group_alarms = {
    "p99-latency" = {
      description         = "${var.service}'s p99 response time at the load balancer is above ${var.alarms.p99_latency_seconds} s."
      metric_name         = "TargetResponseTime"
      statistic           = null
      extended_statistic  = "p99"
      evaluation_periods  = 5
      datapoints_to_alarm = 3
      comparison_operator = "GreaterThanThreshold"
      threshold           = var.alarms.p99_latency_seconds
      treat_missing_data  = "notBreaching"
    }
    "unhealthy-targets" = {
      description         = "A task of ${var.service} fails its liveness check at the load balancer."
      metric_name         = "UnHealthyHostCount"
      statistic           = "Maximum"
      extended_statistic  = null
      evaluation_periods  = 3
      datapoints_to_alarm = null
      comparison_operator = "GreaterThanThreshold"
      threshold           = 0
      treat_missing_data  = "notBreaching"
    }
    # Fewer healthy tasks than the service's minimum (the desired count never goes below it): tasks crash, cannot
    # start, or cannot be placed. From the load balancer, so it needs no Container Insights.
    "below-minimum-tasks" = {
      description         = "${var.service} runs fewer healthy tasks than its minimum of ${var.min_capacity}."
      metric_name         = "HealthyHostCount"
      statistic           = "Minimum"
      extended_statistic  = null
      evaluation_periods  = 5
      datapoints_to_alarm = null
      comparison_operator = "LessThanThreshold"
      threshold           = var.min_capacity
      treat_missing_data  = "breaching"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "target_group" {
  for_each = local.target_group_alarms

  alarm_name          = "${local.name}-${each.key}"
  alarm_description   = each.value.description
  namespace           = "AWS/ApplicationELB"
  metric_name         = each.value.metric_name
  statistic           = each.value.statistic
  extended_statistic  = each.value.extended_statistic
  dimensions          = local.alarm_dimensions
  period              = 60
  evaluation_periods  = each.value.evaluation_periods
  datapoints_to_alarm = each.value.datapoints_to_alarm
  comparison_operator = each.value.comparison_operator
  threshold           = each.value.threshold
  treat_missing_data  = each.value.treat_missing_data
  alarm_actions       = [var.platform.alarm_topic_arn]
  ok_actions          = [var.platform.alarm_topic_arn]
  tags                = local.tags
}

resource "aws_cloudwatch_metric_alarm" "dynamodb_throttles" {
  for_each = toset(var.dynamodb_table_names)

  alarm_name          = "${each.key}-throttles"
  alarm_description   = "Requests of ${var.service} to table ${each.key} are throttled."
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  evaluation_periods  = 3
  datapoints_to_alarm = 2
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.platform.alarm_topic_arn]
  ok_actions          = [var.platform.alarm_topic_arn]

  metric_query {
    id          = "throttles"
    expression  = "reads + writes"
    label       = "throttle events"
    return_data = true
  }

  metric_query {
    id = "reads"

    metric {
      namespace   = "AWS/DynamoDB"
      metric_name = "ReadThrottleEvents"
      dimensions  = { TableName = each.key }
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "writes"

    metric {
      namespace   = "AWS/DynamoDB"
      metric_name = "WriteThrottleEvents"
      dimensions  = { TableName = each.key }
      period      = 60
      stat        = "Sum"
    }
  }

  tags = local.tags
}

resource "aws_cloudwatch_metric_alarm" "dynamodb_system_errors" {
  for_each = toset(var.dynamodb_table_names)

  alarm_name          = "${each.key}-system-errors"
  alarm_description   = "DynamoDB answers ${var.service}'s requests to table ${each.key} with server errors (HTTP 500)."
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  evaluation_periods  = 3
  datapoints_to_alarm = 2
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.platform.alarm_topic_arn]
  ok_actions          = [var.platform.alarm_topic_arn]

  metric_query {
    id          = "errors"
    expression  = "SUM([${join(", ", [for i, _ in local.dynamodb_operations : "op${i}"])}])"
    label       = "system errors"
    return_data = true
  }

  dynamic "metric_query" {
    for_each = local.dynamodb_operations

    content {
      id = "op${metric_query.key}"

      metric {
        namespace   = "AWS/DynamoDB"
        metric_name = "SystemErrors"
        dimensions  = { TableName = each.key, Operation = metric_query.value }
        period      = 60
        stat        = "Sum"
      }
    }
  }

  tags = local.tags
}
