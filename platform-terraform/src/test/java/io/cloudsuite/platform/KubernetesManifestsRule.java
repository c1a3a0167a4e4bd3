package io.cloudsuite.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.cloudsuite.backends.suite.SuiteModules;

/**
 * The Kustomize bases under platform-k8s/ (one per service, docs/kubernetes.md) follow the services: every service
 * of the root pom has platform-k8s/&lt;service&gt; and is in the minikube overlay; and every base's Deployment (named
 * after the service) runs as its configuration says:
 * <ul>
 * <li>container port "http" = the service's prod HTTP port; liveness and readiness probes on its liveness and
 * readiness paths, on the port that serves them (the management interface's when it is on: service-commons' shared
 * configuration beneath application.properties, Quarkus' defaults where neither sets anything);</li>
 * <li>replicas = min_capacity of its Terraform stack's env/dev.tfvars (bullets: 3, sharing one Redis);</li>
 * <li>non-root pod, read-only root filesystem, no privilege escalation, all capabilities dropped, /tmp an emptyDir
 * (Quarkus writes there at start), CPU and memory requests and limits;</li>
 * <li>a service that uses Redis (quarkus.redis.hosts) gets QUARKUS_REDIS_HOSTS pointing at a Redis Service of its
 * base; one with dynamodb/tables.json gets QUARKUS_DYNAMODB_ENDPOINT_OVERRIDE;</li>
 * <li>a Service selects the Deployment's pods and targets port "http".</li>
 * </ul>
 */
final class KubernetesManifestsRule {

    static final String OVERLAY = "overlays/minikube/kustomization.yaml";
    private static final ObjectMapper YAML = new YAMLMapper();

    private KubernetesManifestsRule() {}

    static Findings check(Path repoRoot) {
        Findings findings = new Findings();
        Path k8s = repoRoot.resolve("platform-k8s");
        List<String> overlay = new ArrayList<>();
        Path overlayFile = k8s.resolve(OVERLAY);
        if (Files.isRegularFile(overlayFile)) {
            read(overlayFile).forEach(doc -> doc.path("resources").forEach(r -> overlay.add(r.asText())));
        }
        for (String service : SuiteModules.serviceNames(repoRoot.resolve("pom.xml"))) {
            findings.checked();
            if (!Files.isDirectory(k8s.resolve(service))) {
                findings.violation(
                        "platform-k8s/" + service, "service " + service + " (root pom) has no Kustomize base");
            }
            if (!overlay.contains("../../" + service)) {
                findings.violation("platform-k8s/" + OVERLAY, "does not include ../../" + service);
            }
        }
        for (Path base : bases(k8s)) {
            checkBase(repoRoot, base, findings);
        }
        return findings;
    }

    private static void checkBase(Path repoRoot, Path base, Findings findings) {
        String service = base.getFileName().toString();
        String where = "platform-k8s/" + service;
        Map<String, List<JsonNode>> byKind = new HashMap<>();
        for (JsonNode kustomization : read(base.resolve("kustomization.yaml"))) {
            for (JsonNode resource : kustomization.path("resources")) {
                Path file = base.resolve(resource.asText());
                if (!Files.isRegularFile(file)) {
                    findings.violation(
                            where, "kustomization.yaml lists " + resource.asText() + ", which does not exist");
                    continue;
                }
                read(file)
                        .forEach(doc -> byKind.computeIfAbsent(doc.path("kind").asText(), k -> new ArrayList<>())
                                .add(doc));
            }
        }
        JsonNode deployment = named(byKind.get("Deployment"), service);
        findings.checked();
        if (deployment == null) {
            findings.violation(where, "no Deployment named " + service);
            return;
        }
        QuarkusHttpEndpoint endpoint = QuarkusHttpEndpoint.ofSuiteService(repoRoot, service);
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").path(0);
        int port = -1;
        for (JsonNode p : container.path("ports")) {
            if ("http".equals(p.path("name").asText())) {
                port = p.path("containerPort").asInt();
            }
        }
        findings.checked();
        if (port != endpoint.httpPort()) {
            findings.violation(
                    where,
                    "container port \"http\" is " + port + " but " + service + " listens on " + endpoint.httpPort());
        }
        probe(where, "livenessProbe", container, endpoint.readinessPort(), endpoint.livenessPath(), findings);
        probe(where, "readinessProbe", container, endpoint.readinessPort(), endpoint.readinessPath(), findings);

        findings.checked();
        Integer minimum = devMinimum(repoRoot, service);
        int replicas = deployment.path("spec").path("replicas").asInt(1);
        if (minimum != null && replicas != minimum) {
            findings.violation(
                    where,
                    "replicas " + replicas + " but the service runs at least " + minimum
                            + " (platform-terraform/stacks/" + service + "/env/dev.tfvars min_capacity)");
        }
        checkSecurity(where, pod, container, findings);
        checkBackends(repoRoot, where, service, container, byKind, findings);
        checkService(where, service, deployment, byKind, findings);
    }

    private static void probe(
            String where, String name, JsonNode container, int healthPort, String path, Findings findings) {
        findings.checked();
        JsonNode get = container.path(name).path("httpGet");
        String actualPath = get.path("path").asText(null);
        JsonNode portNode = get.path("port");
        int actualPort = portNode.isInt() ? portNode.asInt() : containerPort(container, portNode.asText());
        if (!path.equals(actualPath) || actualPort != healthPort) {
            findings.violation(
                    where,
                    name + " probes " + actualPath + " on port " + portNode.asText() + ", expected " + path + " on "
                            + healthPort);
        }
    }

    /** The number of the container's port with that name, -1 when it has none. */
    private static int containerPort(JsonNode container, String name) {
        for (JsonNode p : container.path("ports")) {
            if (name.equals(p.path("name").asText())) {
                return p.path("containerPort").asInt();
            }
        }
        return -1;
    }

    private static void checkSecurity(String where, JsonNode pod, JsonNode container, Findings findings) {
        findings.checked();
        JsonNode security = container.path("securityContext");
        if (!pod.path("securityContext").path("runAsNonRoot").asBoolean(false)
                && !security.path("runAsNonRoot").asBoolean(false)) {
            findings.violation(where, "the pod does not set runAsNonRoot: true");
        }
        if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
            findings.violation(where, "the container's root filesystem is not read-only");
        }
        if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
            findings.violation(where, "the container allows privilege escalation");
        }
        boolean dropsAll = false;
        for (JsonNode capability : security.path("capabilities").path("drop")) {
            dropsAll |= "ALL".equals(capability.asText());
        }
        if (!dropsAll) {
            findings.violation(where, "the container does not drop ALL capabilities");
        }
        String tmpVolume = null;
        for (JsonNode mount : container.path("volumeMounts")) {
            if ("/tmp".equals(mount.path("mountPath").asText())) {
                tmpVolume = mount.path("name").asText();
            }
        }
        boolean emptyDir = false;
        for (JsonNode volume : pod.path("volumes")) {
            emptyDir |= volume.path("name").asText().equals(tmpVolume) && volume.has("emptyDir");
        }
        if (!emptyDir) {
            findings.violation(where, "no emptyDir at /tmp: Quarkus cannot start on a read-only root filesystem");
        }
        JsonNode resources = container.path("resources");
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (resources.path(kind).path(resource).isMissingNode()) {
                    findings.violation(where, "the container has no " + resource + " " + kind);
                }
            }
        }
    }

    private static void checkBackends(
            Path repoRoot,
            String where,
            String service,
            JsonNode container,
            Map<String, List<JsonNode>> byKind,
            Findings findings) {
        Map<String, String> env = new HashMap<>();
        for (JsonNode variable : container.path("env")) {
            env.put(
                    variable.path("name").asText(),
                    variable.has("value") ? variable.path("value").asText() : "<from>");
        }
        Path properties = repoRoot.resolve(service).resolve("src/main/resources/application.properties");
        boolean redis = Files.isRegularFile(properties) && text(properties).contains("quarkus.redis.hosts");
        findings.checked();
        if (redis) {
            String hosts = env.get("QUARKUS_REDIS_HOSTS");
            boolean served = hosts != null
                    && (byKind.getOrDefault("Service", List.of()).stream()
                            .anyMatch(s -> hosts.startsWith(
                                    "redis://" + s.path("metadata").path("name").asText() + ":")));
            if (!served) {
                findings.violation(
                        where,
                        service + " uses Redis: QUARKUS_REDIS_HOSTS must name a Redis Service of " + "its base, is "
                                + hosts);
            }
        }
        if (Files.isRegularFile(repoRoot.resolve(service).resolve("src/main/resources/dynamodb/tables.json"))
                && !env.containsKey("QUARKUS_DYNAMODB_ENDPOINT_OVERRIDE")) {
            findings.violation(
                    where, service + " has DynamoDB tables: the container needs QUARKUS_DYNAMODB_ENDPOINT_OVERRIDE");
        }
    }

    private static void checkService(
            String where, String service, JsonNode deployment, Map<String, List<JsonNode>> byKind, Findings findings) {
        findings.checked();
        JsonNode svc = named(byKind.get("Service"), service);
        if (svc == null) {
            findings.violation(where, "no Service named " + service);
            return;
        }
        JsonNode labels =
                deployment.path("spec").path("template").path("metadata").path("labels");
        svc.path("spec").path("selector").fields().forEachRemaining(selector -> {
            if (!selector.getValue()
                    .asText()
                    .equals(labels.path(selector.getKey()).asText())) {
                findings.violation(
                        where,
                        "Service " + service + " selects " + selector.getKey() + "="
                                + selector.getValue().asText() + ", which the Deployment's pods do not carry");
            }
        });
        if (!"http"
                .equals(svc.path("spec")
                        .path("ports")
                        .path(0)
                        .path("targetPort")
                        .asText())) {
            findings.violation(where, "Service " + service + " must target the container port \"http\"");
        }
    }

    private static Integer devMinimum(Path repoRoot, String service) {
        Path tfvars =
                repoRoot.resolve("platform-terraform/stacks").resolve(service).resolve("env/dev.tfvars");
        if (!Files.isRegularFile(tfvars)) {
            return null;
        }
        return Hcl.parse(tfvars.toString(), text(tfvars)).body().get("min_capacity") instanceof Number n
                ? n.intValue()
                : null;
    }

    private static JsonNode named(List<JsonNode> documents, String name) {
        for (JsonNode document : documents == null ? List.<JsonNode>of() : documents) {
            if (name.equals(document.path("metadata").path("name").asText())) {
                return document;
            }
        }
        return null;
    }

    private static List<Path> bases(Path k8s) {
        if (!Files.isDirectory(k8s)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(k8s)) {
            return dirs.filter(d -> d.getFileName().toString().endsWith("-service"))
                    .filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> read(Path file) {
        try {
            List<JsonNode> documents = new ArrayList<>();
            YAML.readValues(new YAMLFactory().createParser(file.toFile()), JsonNode.class)
                    .forEachRemaining(doc -> {
                        if (doc != null && !doc.isNull()) {
                            documents.add(doc);
                        }
                    });
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
