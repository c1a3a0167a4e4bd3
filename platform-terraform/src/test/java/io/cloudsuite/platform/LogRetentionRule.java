package io.cloudsuite.platform;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every CloudWatch log group has a retention: retention_in_days is set and is not 0 (never expire). Also
 * rejects the awslogs driver's awslogs-create-group option, which creates log groups that keep logs forever.
 */
final class LogRetentionRule {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LogRetentionRule() {
    }

    static Findings check(Hcl.TfFile file) {
        Findings findings = new Findings();
        Hcl.blocks(file.body(), "resource", "aws_cloudwatch_log_group").forEach((name, block) -> {
            findings.checked();
            Map<String, Object> logGroup = Hcl.asMap(block);
            if (!logGroup.containsKey("retention_in_days")) {
                findings.violation(file.name(), "log group \"" + name + "\" has no retention_in_days");
            } else if (logGroup.get("retention_in_days") instanceof Number days && days.doubleValue() == 0) {
                findings.violation(file.name(), "log group \"" + name + "\" keeps logs forever (retention_in_days = 0)");
            }
        });
        findCreateGroup(Hcl.topLevel(file), file.name(), findings);
        return findings;
    }

    private static void findCreateGroup(Object node, String file, Findings findings) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("awslogs-create-group".equals(key) && "true".equals(String.valueOf(value))) {
                    findings.violation(file, "awslogs-create-group creates a log group without retention: "
                            + "create an aws_cloudwatch_log_group instead");
                }
                findCreateGroup(value, file, findings);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> findCreateGroup(item, file, findings));
        } else if (node instanceof String text && (text.strip().startsWith("{") || text.strip().startsWith("["))) {
            try {
                findCreateGroup(JSON.readValue(text.strip(), Object.class), file, findings);
            } catch (JsonProcessingException notJson) {
                // Not JSON: nothing to look into.
            }
        }
    }
}
