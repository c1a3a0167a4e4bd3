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
  # A row of metric widgets side by side over the dashboard's 24 columns; each widget's properties without region.
  dashboard_service_rows = flatten([
    for index, service in local.services : [
      for column, properties in [
        {
          title  = "${service}: CPU and memory (%)"
          stat   = "Average"
          period = 60
          metrics = [
            ["AWS/ECS", "CPUUtilization", "ClusterName", module.cluster.cluster_name, "ServiceName", "${trimsuffix(service, "-service")}-${var.environment}"],
            ["AWS/ECS", "MemoryUtilization", "ClusterName", module.cluster.cluster_name, "ServiceName", "${trimsuffix(service, "-service")}-${var.environment}"],
          ]
        },
        {
          title = "${service}: requests and 5xx per minute"
          metrics = [
            [{ expression = "SEARCH('{AWS/ApplicationELB,LoadBalancer,TargetGroup} MetricName=\"RequestCount\" \"${trimsuffix(service, "-service")}-${var.environment}\"', 'Sum', 60)", id = "requests" }],
            [{ expression = "SEARCH('{AWS/ApplicationELB,LoadBalancer,TargetGroup} MetricName=\"HTTPCode_Target_5XX_Count\" \"${trimsuffix(service, "-service")}-${var.environment}\"', 'Sum', 60)", id = "errors" }],
          ]
        },
        {
          title = "${service}: p99 response time (s)"
          metrics = [
            [{ expression = "SEARCH('{AWS/ApplicationELB,LoadBalancer,TargetGroup} MetricName=\"TargetResponseTime\" \"${trimsuffix(service, "-service")}-${var.environment}\"', 'p99', 60)", id = "p99" }],
          ]
        },
      ] : { type = "metric", x = column * 8, y = index * 6, width = 8, height = 6, properties = merge({ region = var.region }, properties) }
    ]
  ])

  dashboard_backend_rows = [
    for column, properties in [
      {
        title = "Redis: engine CPU, memory used (%), evictions"
        metrics = [
          [{ expression = "SEARCH('{AWS/ElastiCache,CacheClusterId} MetricName=\"EngineCPUUtilization\" \"${var.environment}\"', 'Average', 60)", id = "cpu" }],
          [{ expression = "SEARCH('{AWS/ElastiCache,CacheClusterId} MetricName=\"DatabaseMemoryUsagePercentage\" \"${var.environment}\"', 'Average', 60)", id = "memory" }],
          [{ expression = "SEARCH('{AWS/ElastiCache,CacheClusterId} MetricName=\"Evictions\" \"${var.environment}\"', 'Sum', 60)", id = "evictions" }],
        ]
      },
      {
        title = "DynamoDB: throttles and system errors"
        metrics = [
          [{ expression = "SEARCH('{AWS/DynamoDB,TableName} MetricName=\"ReadThrottleEvents\" \"-${var.environment}-\"', 'Sum', 60)", id = "reads" }],
          [{ expression = "SEARCH('{AWS/DynamoDB,TableName} MetricName=\"WriteThrottleEvents\" \"-${var.environment}-\"', 'Sum', 60)", id = "writes" }],
          [{ expression = "SEARCH('{AWS/DynamoDB,Operation,TableName} MetricName=\"SystemErrors\" \"-${var.environment}-\"', 'Sum', 60)", id = "system" }],
        ]
      },
    ] : { type = "metric", x = column * 12, y = length(local.services) * 6, width = 12, height = 6, properties = merge({ region = var.region }, properties) }
  ]
}

resource "aws_cloudwatch_dashboard" "environment" {
  dashboard_name = local.name
  dashboard_body = jsonencode({ widgets = concat(local.dashboard_service_rows, local.dashboard_backend_rows) })
}
