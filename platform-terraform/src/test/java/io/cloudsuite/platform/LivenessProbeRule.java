package io.cloudsuite.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * ECS replaces tasks on liveness, never on readiness (issue 21, finding 2): readiness is DOWN while a backend all
 * tasks share (Redis, DynamoDB) is down, and a container health check or target group on it would make ECS
 * replace every healthy task during an outage the services ride out with 503 + Retry-After. Every container
 * health check must probe /q/health/live (literally, or through var.liveness_path whose default is it), and no
 * target group may probe a readiness path.
 */
final class LivenessProbeRule {

    static final String LIVENESS = "/q/health/live";
    private static final String VARIABLE = "var.liveness_path";

    private LivenessProbeRule() {
    }

    static Findings check(List<Hcl.TfFile> files) {
        Findings findings = new Findings();
        String variableDefault = defaultOf(files);
        for (TaskDefinitions.TaskDefinition task : TaskDefinitions.of(files)) {
            for (JsonNode container : task.containers()) {
                findings.checked();
                String command = resolve(String.join(" ", texts(container.path("healthCheck").path("command"))),
                        variableDefault);
                String where = "task definition \"" + task.name() + "\", container " + container.path("name").asText("?");
                if (command.isBlank()) {
                    findings.violation(task.file(), where + ": no health check");
                } else if (!command.contains(LIVENESS) || command.contains("ready")) {
                    findings.violation(task.file(), where + ": the health check must probe " + LIVENESS
                            + ", not readiness (a backend outage would make ECS replace every task): " + command);
                }
            }
        }
        for (Hcl.TfFile file : files) {
            Hcl.blocks(file.body(), "resource", "aws_lb_target_group").forEach((name, block) -> {
                findings.checked();
                Map<String, Object> healthCheck = Hcl.asMap(Hcl.asList(Hcl.asMap(block).get("health_check")).stream()
                        .findFirst().orElse(null));
                String resolved = resolve(String.valueOf(healthCheck.get("path")), variableDefault);
                if (!resolved.equals(LIVENESS)) {
                    findings.violation(file.name(), "target group \"" + name + "\" probes " + resolved + ", not "
                            + LIVENESS + " (docs/deploy.md, Health checks)");
                }
            });
        }
        return findings;
    }

    private static String defaultOf(List<Hcl.TfFile> files) {
        for (Hcl.TfFile file : files) {
            Object variable = Hcl.blocks(file.body(), "variable").get("liveness_path");
            if (variable != null && Hcl.asMap(variable).get("default") instanceof String value) {
                return value;
            }
        }
        return null;
    }

    private static String resolve(String text, String variableDefault) {
        return variableDefault == null ? text : text.replace(VARIABLE, variableDefault);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
