package io.cloudsuite.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ECS task definitions of parsed Terraform files, with their container definitions read from the JSON text
 * hcl4j makes of jsonencode(...) (references appear there as their source text, e.g. "var.liveness_path").
 */
final class TaskDefinitions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TaskDefinitions() {
    }

    /** One aws_ecs_task_definition: where it is, its volume names and its containers. */
    record TaskDefinition(String file, String name, List<String> volumes, List<JsonNode> containers) {
    }

    static List<TaskDefinition> of(List<Hcl.TfFile> files) {
        List<TaskDefinition> found = new ArrayList<>();
        for (Hcl.TfFile file : files) {
            Hcl.blocks(file.body(), "resource", "aws_ecs_task_definition").forEach((name, block) -> {
                Map<String, Object> definition = Hcl.asMap(block);
                List<String> volumes = new ArrayList<>();
                for (Object volume : Hcl.asList(definition.get("volume"))) {
                    if (Hcl.asMap(volume).get("name") instanceof String volumeName) {
                        volumes.add(volumeName);
                    }
                }
                found.add(new TaskDefinition(file.name(), name, volumes, containers(definition.get("container_definitions"))));
            });
        }
        return found;
    }

    private static List<JsonNode> containers(Object containerDefinitions) {
        if (!(containerDefinitions instanceof String text)) {
            return List.of();
        }
        try {
            List<JsonNode> containers = new ArrayList<>();
            JSON.readTree(text).forEach(containers::add);
            return containers;
        } catch (JsonProcessingException notJson) {
            return List.of();
        }
    }
}
