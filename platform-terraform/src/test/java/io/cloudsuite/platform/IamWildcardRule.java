package io.cloudsuite.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * No IAM statement grants a wildcard action: neither "*" nor "service:*" nor "service:Get*", and no NotAction
 * (which grants everything it does not name). Looks everywhere an action can be written:
 * aws_iam_policy_document blocks and the ecs-fargate-service module's task_role_statements ("actions"),
 * jsonencode objects and JSON heredocs ("Action", parsed from the JSON text hcl4j produces), and
 * wildcard-action-shaped strings anywhere else (e.g. a list in locals later passed as actions).
 */
final class IamWildcardRule {

    private static final Set<String> ACTION_KEYS = Set.of("actions", "Action");
    private static final Set<String> NOT_ACTION_KEYS = Set.of("not_actions", "NotAction");
    /** "s3:*", "dynamodb:Get*": one colon, a service prefix, and a star in the action part. */
    private static final Pattern WILDCARD_ACTION = Pattern.compile("[a-z0-9-]+:[A-Za-z0-9*]*\\*[A-Za-z0-9*]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private IamWildcardRule() {
    }

    static Findings check(Hcl.TfFile file) {
        Findings findings = new Findings();
        walk(Hcl.topLevel(file), file.name(), findings);
        return findings;
    }

    private static void walk(Object node, String file, Findings findings) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (ACTION_KEYS.contains(key.toString())) {
                    checkActions(value, file, findings);
                } else if (NOT_ACTION_KEYS.contains(key.toString())) {
                    findings.checked();
                    findings.violation(file, key + " grants every action it does not name: list exact actions instead");
                } else {
                    walk(value, file, findings);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, file, findings));
        } else if (node instanceof String text) {
            walkString(text, file, findings);
        }
    }

    private static void checkActions(Object value, String file, Findings findings) {
        for (Object action : Hcl.asList(value)) {
            if (action instanceof String name) {
                findings.checked();
                if (name.contains("*")) {
                    findings.violation(file, "IAM action \"" + name + "\" is a wildcard: name the exact actions");
                }
            }
        }
    }

    private static void walkString(String text, String file, Findings findings) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                walk(JSON.readValue(trimmed, Object.class), file, findings);
                return;
            } catch (JsonProcessingException notJson) {
                // Not a JSON document (e.g. a template): check it as a plain string.
            }
        }
        if (WILDCARD_ACTION.matcher(trimmed).matches()) {
            findings.checked();
            findings.violation(file, "\"" + trimmed + "\" looks like a wildcard IAM action: name the exact actions");
        }
    }
}
