# Per node (<replication group>-001, -002, ...: ElastiCache publishes host and engine metrics per node), to the
# environment's alarm topic.
locals {
  node_ids = [for i in range(var.num_cache_clusters) : format("%s-%03d", var.name, i + 1)]

  node_alarms = {
    cpu = {
      metric      = "EngineCPUUtilization"
      statistic   = "Average"
      threshold   = var.alarms.engine_cpu_percent
      description = "Redis engine CPU above ${var.alarms.engine_cpu_percent} % (one thread serves every command)."
    }
    memory = {
      metric      = "DatabaseMemoryUsagePercentage"
      statistic   = "Maximum"
      threshold   = var.alarms.memory_percent
      description = "Redis memory above ${var.alarms.memory_percent} % of maxmemory (then ${var.maxmemory_policy} applies)."
    }
    evictions = {
      metric      = "Evictions"
      statistic   = "Sum"
      threshold   = 0
      description = "Redis evicted keys (policy ${var.maxmemory_policy})."
    }
  }

  # "<node>|<alarm>" for every node and alarm.
  node_alarm_keys = [for pair in setproduct(local.node_ids, keys(local.node_alarms)) : join("|", pair)]
}

resource "aws_cloudwatch_metric_alarm" "node" {
  for_each = toset(local.node_alarm_keys)

  alarm_name          = replace(each.key, "|", "-")
  alarm_description   = local.node_alarms[split("|", each.key)[1]].description
  namespace           = "AWS/ElastiCache"
  metric_name         = local.node_alarms[split("|", each.key)[1]].metric
  statistic           = local.node_alarms[split("|", each.key)[1]].statistic
  dimensions          = { CacheClusterId = split("|", each.key)[0] }
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = local.node_alarms[split("|", each.key)[1]].threshold
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]
  tags                = var.tags

  depends_on = [aws_elasticache_replication_group.this]
}
