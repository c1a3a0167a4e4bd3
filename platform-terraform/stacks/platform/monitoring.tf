# The environment's alarm topic: every service's alarms (modules/ecs-fargate-service/alarms.tf) and its caches'
# (modules/redis) notify it. Subscribe people or a chat integration here or in the console.
resource "aws_sns_topic" "alarms" {
  name = "${local.name}-alarms"
}

resource "aws_sns_topic_subscription" "alarm_email" {
  for_each = toset(var.alarm_emails)

  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = each.value
}

# One dashboard per environment, one row per service of locals.services (so a new service appears by being
# listed there). ECS metrics by the service's known name, load balancer and backend metrics by SEARCH, so the
# dashboard does not depend on the service stacks' resources.
locals {
  dashboard_service_rows = flatten([
    for index, service in local.services : [
      {
        type   = "metric"
        x      = 0
        y      = index * 6
        width  = 8
        height = 6
        properties = {
          title  = "${service}: CPU and memory (%)"
          region = var.region
          stat   = "Average"
          period = 60
          metrics = [
            ["AWS/ECS", "CPUUtilization", "ClusterName", module.cluster.cluster_name, "ServiceName", "${trimsuffix(service, "-service")}-${var.environment}"],
            ["AWS/ECS", "MemoryUtilization", "ClusterName", module.cluster.cluster_name, "ServiceName", "${trimsuffix(service, "-service")}-${var.environment}"],
          ]
        }
      },
      {
        type   = "metric"
        x      = 8
        y      = index * 6
        width  = 8
        height = 6
        properties = {
          title  = "${service}: requests and 5xx per minute"
          region = var.region
          metrics = [
            [{ expression = "SEARCH('{AWS/ApplicationELB,LoadBalancer,TargetGroup} MetricName=\"RequestCount\" \"${trimsuffix(service, "-service")}-${var.environment}\"', 'Sum', 60)", id = "requests" }],
            [{ expression = "SEARCH('{AWS/ApplicationELB,LoadBalancer,TargetGroup} MetricName=\"HTTPCode_Target_5XX_Count\" \"${trimsuffix(service, "-service")}-${var.environment}\"', 'Sum', 60)", id = "errors" }],
          ]
        }
      },
      {
        type   = "metric"
        x      = 16
        y      = index * 6
        width  = 8
        height = 6
        properties = {
          title  = "${service}: p99 response time (s)"
          region = var.region
          metrics = [
            [{ expression = "SEARCH('{AWS/ApplicationELB,LoadBalancer,TargetGroup} MetricName=\"TargetResponseTime\" \"${trimsuffix(service, "-service")}-${var.environment}\"', 'p99', 60)", id = "p99" }],
          ]
        }
      },
    ]
  ])

  dashboard_backend_rows = [
    {
      type   = "metric"
      x      = 0
      y      = length(local.services) * 6
      width  = 12
      height = 6
      properties = {
        title  = "Redis: engine CPU, memory used (%), evictions"
        region = var.region
        metrics = [
          [{ expression = "SEARCH('{AWS/ElastiCache,CacheClusterId} MetricName=\"EngineCPUUtilization\" \"${var.environment}\"', 'Average', 60)", id = "cpu" }],
          [{ expression = "SEARCH('{AWS/ElastiCache,CacheClusterId} MetricName=\"DatabaseMemoryUsagePercentage\" \"${var.environment}\"', 'Average', 60)", id = "memory" }],
          [{ expression = "SEARCH('{AWS/ElastiCache,CacheClusterId} MetricName=\"Evictions\" \"${var.environment}\"', 'Sum', 60)", id = "evictions" }],
        ]
      }
    },
    {
      type   = "metric"
      x      = 12
      y      = length(local.services) * 6
      width  = 12
      height = 6
      properties = {
        title  = "DynamoDB: throttles and system errors"
        region = var.region
        metrics = [
          [{ expression = "SEARCH('{AWS/DynamoDB,TableName} MetricName=\"ReadThrottleEvents\" \"-${var.environment}-\"', 'Sum', 60)", id = "reads" }],
          [{ expression = "SEARCH('{AWS/DynamoDB,TableName} MetricName=\"WriteThrottleEvents\" \"-${var.environment}-\"', 'Sum', 60)", id = "writes" }],
          [{ expression = "SEARCH('{AWS/DynamoDB,Operation,TableName} MetricName=\"SystemErrors\" \"-${var.environment}-\"', 'Sum', 60)", id = "system" }],
        ]
      }
    },
  ]
}

resource "aws_cloudwatch_dashboard" "environment" {
  dashboard_name = local.name
  dashboard_body = jsonencode({ widgets = concat(local.dashboard_service_rows, local.dashboard_backend_rows) })
}
