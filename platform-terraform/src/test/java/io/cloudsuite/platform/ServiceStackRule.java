package io.cloudsuite.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cloudsuite.backends.suite.SuiteModules;

/**
 * The stacks follow the services: every service of the root pom has stacks/&lt;service&gt; and an ECR repository in
 * the platform stack's locals.services; every service stack deploys its own service (the module's literal service,
 * from which it derives the image, host name, resource names and tags, is the stack's folder name); and every
 * service stack's container port and liveness path are what the service itself serves in production (its
 * application.properties, Quarkus' defaults where it sets nothing, or where the service does not exist yet).
 * Liveness, never readiness: the container health check and the target group probe it, and readiness is DOWN
 * while a backend all tasks share is down, so ECS would replace every healthy task during an outage.
 */
final class ServiceStackRule {

    static final String SERVICE_MODULE = "modules/ecs-fargate-service";

    private ServiceStackRule() {
    }

    static Findings check(Path repoRoot, Path terraformDir) {
        Findings findings = new Findings();
        Path stacks = terraformDir.resolve("stacks");
        List<String> repositories = platformServices(stacks.resolve("platform"));
        for (String service : SuiteModules.serviceNames(repoRoot.resolve("pom.xml"))) {
            findings.checked();
            if (!Files.isDirectory(stacks.resolve(service))) {
                findings.violation("stacks/" + service, "service " + service + " (root pom) has no stack");
            }
            if (!repositories.contains(service)) {
                findings.violation("stacks/platform", "service " + service + " has no ECR repository: add it to locals.services");
            }
        }
        for (Path stack : serviceStacks(stacks)) {
            String service = stack.getFileName().toString();
            QuarkusHttpEndpoint expected = QuarkusHttpEndpoint.ofService(repoRoot.resolve(service));
            List<Map<String, Object>> modules = serviceModules(Hcl.parseAll(stack));
            if (modules.isEmpty()) {
                findings.violation("stacks/" + service, "no module with source " + SERVICE_MODULE);
            }
            modules.forEach(module -> compare(service, module, expected, findings));
        }
        return findings;
    }

    private static void compare(String service, Map<String, Object> module, QuarkusHttpEndpoint expected,
            Findings findings) {
        String where = "stacks/" + service;
        String source = service + "/src/main/resources/application.properties";
        findings.checked();
        if (!(module.get("service") instanceof String deployed)) {
            findings.violation(where, "service must be set to the literal \"" + service
                    + "\": the module derives the image, host name, resource names and tags from it");
        } else if (!deployed.equals(service)) {
            findings.violation(where, "service " + deployed + " but the stack is " + service
                    + ": it would deploy " + deployed + "'s image on " + deployed + "'s host name");
        }
        findings.checked();
        if (!(module.get("container_port") instanceof Number port)) {
            findings.violation(where, "container_port must be set to a literal number to be compared with " + source);
        } else {
            if (port.intValue() != expected.httpPort()) {
                findings.violation(where, "container_port " + port.intValue() + " but " + service
                        + " listens on " + expected.httpPort() + " in prod (" + source + ")");
            }
            if (expected.readinessPort() != expected.httpPort() && port.intValue() != expected.readinessPort()) {
                findings.violation(where, service + " serves health on port " + expected.readinessPort()
                        + " (management interface), not on container_port " + port.intValue());
            }
        }
        findings.checked();
        if (!(module.get("liveness_path") instanceof String path)) {
            findings.violation(where, "liveness_path must be set to a literal string to be compared with " + source);
        } else if (!path.equals(expected.livenessPath())) {
            findings.violation(where, "liveness_path " + path + " but " + service + " serves liveness at "
                    + expected.livenessPath() + " (" + source + ")"
                    + (path.equals(expected.readinessPath())
                            ? ": readiness is DOWN during a backend outage and ECS would replace every task"
                            : ""));
        }
    }

    private static List<Map<String, Object>> serviceModules(List<Hcl.TfFile> files) {
        List<Map<String, Object>> modules = new ArrayList<>();
        for (Hcl.TfFile file : files) {
            Hcl.blocks(file.body(), "module").values().stream()
                    .map(Hcl::asMap)
                    .filter(m -> m.get("source") instanceof String s && s.endsWith(SERVICE_MODULE))
                    .forEach(modules::add);
        }
        return modules;
    }

    private static List<String> platformServices(Path platform) {
        if (!Files.isDirectory(platform)) {
            return List.of();
        }
        List<String> services = new ArrayList<>();
        for (Hcl.TfFile file : Hcl.parseAll(platform)) {
            for (Object locals : Hcl.asList(file.body().get("locals"))) {
                for (Object name : Hcl.asList(Hcl.asMap(locals).get("services"))) {
                    if (name instanceof String s) {
                        services.add(s);
                    }
                }
            }
        }
        return services;
    }

    private static List<Path> serviceStacks(Path stacks) {
        if (!Files.isDirectory(stacks)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(stacks)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> d.getFileName().toString().endsWith("-service"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
