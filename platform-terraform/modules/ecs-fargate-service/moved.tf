# Addresses that changed when same-shaped resources became one resource with for_each (issue #32): a deployed
# stack's state follows them instead of destroying and recreating the objects.
moved {
  from = aws_appautoscaling_policy.step_out[0]
  to   = aws_appautoscaling_policy.cpu_step["out"]
}

moved {
  from = aws_appautoscaling_policy.step_in[0]
  to   = aws_appautoscaling_policy.cpu_step["in"]
}

moved {
  from = aws_cloudwatch_metric_alarm.cpu_high[0]
  to   = aws_cloudwatch_metric_alarm.cpu_step["out"]
}

moved {
  from = aws_cloudwatch_metric_alarm.cpu_low[0]
  to   = aws_cloudwatch_metric_alarm.cpu_step["in"]
}

moved {
  from = aws_cloudwatch_metric_alarm.target_p99_latency
  to   = aws_cloudwatch_metric_alarm.target_group["p99-latency"]
}

moved {
  from = aws_cloudwatch_metric_alarm.unhealthy_targets
  to   = aws_cloudwatch_metric_alarm.target_group["unhealthy-targets"]
}

moved {
  from = aws_cloudwatch_metric_alarm.below_minimum_tasks
  to   = aws_cloudwatch_metric_alarm.target_group["below-minimum-tasks"]
}
