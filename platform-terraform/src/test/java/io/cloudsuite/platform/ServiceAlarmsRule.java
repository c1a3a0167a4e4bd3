package io.cloudsuite.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every service gets its alarms from the service module (issue 21, "Alarms"): in the module's files there is an
 * aws_cloudwatch_metric_alarm on each of {@link #REQUIRED_METRICS} (directly or inside a metric_query) that
 * notifies the environment's topic, and the aws_ecs_service's alarms block is enabled with rollback and names
 * only alarms of the module, so a deployment that trips them is rolled back.
 */
final class ServiceAlarmsRule {

    /** 5xx rate, p99 latency, unhealthy targets, fewer healthy tasks than the minimum. */
    static final Set<String> REQUIRED_METRICS = Set.of("HTTPCode_Target_5XX_Count", "TargetResponseTime",
            "UnHealthyHostCount", "HealthyHostCount");
    static final String TOPIC = "var.platform.alarm_topic_arn";

    private ServiceAlarmsRule() {
    }

    static Findings check(List<Hcl.TfFile> moduleFiles) {
        Findings findings = new Findings();
        Set<String> alarmed = new TreeSet<>();
        Set<String> alarms = new TreeSet<>();
        for (Hcl.TfFile file : moduleFiles) {
            Hcl.blocks(file.body(), "resource", "aws_cloudwatch_metric_alarm").forEach((name, block) -> {
                Map<String, Object> alarm = Hcl.asMap(block);
                alarms.add(name);
                boolean notifies = Hcl.asList(alarm.get("alarm_actions")).stream().map(String::valueOf).anyMatch(TOPIC::equals);
                for (String metric : metrics(alarm)) {
                    if (REQUIRED_METRICS.contains(metric) && notifies) {
                        alarmed.add(metric);
                    }
                }
            });
        }
        for (String metric : new TreeSet<>(REQUIRED_METRICS)) {
            findings.checked();
            if (!alarmed.contains(metric)) {
                findings.violation("ecs-fargate-service", "no alarm on " + metric + " notifying " + TOPIC);
            }
        }
        for (Hcl.TfFile file : moduleFiles) {
            Hcl.blocks(file.body(), "resource", "aws_ecs_service").forEach((name, block) -> {
                findings.checked();
                Map<String, Object> deploymentAlarms = Hcl.asMap(Hcl.asList(Hcl.asMap(block).get("alarms")).stream()
                        .findFirst().orElse(null));
                List<Object> names = Hcl.asList(deploymentAlarms.get("alarm_names"));
                boolean ownAlarms = !names.isEmpty() && names.stream().map(String::valueOf).allMatch(n ->
                        n.startsWith("aws_cloudwatch_metric_alarm.")
                                && alarms.contains(n.split("\\.")[1]));
                if (!Boolean.TRUE.equals(deploymentAlarms.get("enable"))
                        || !Boolean.TRUE.equals(deploymentAlarms.get("rollback")) || !ownAlarms) {
                    findings.violation(file.name(), "aws_ecs_service \"" + name + "\" must roll deployments back on "
                            + "the module's alarms (alarms { alarm_names = [...], enable = true, rollback = true })");
                }
            });
        }
        return findings;
    }

    private static List<String> metrics(Map<String, Object> alarm) {
        List<String> metrics = new ArrayList<>();
        if (alarm.get("metric_name") instanceof String name) {
            metrics.add(name);
        }
        for (Object query : Hcl.asList(alarm.get("metric_query"))) {
            if (Hcl.asMap(Hcl.asMap(query).get("metric")).get("metric_name") instanceof String name) {
                metrics.add(name);
            }
        }
        return metrics;
    }
}
