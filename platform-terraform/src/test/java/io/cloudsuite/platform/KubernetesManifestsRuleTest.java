package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * alpha-service uses Redis and runs three replicas (its dev.tfvars); beta-service has no configuration (Quarkus'
 * defaults) and no stack; both have bases and are in the overlay.
 */
class KubernetesManifestsRuleTest {

    @TempDir
    Path repo;

    @BeforeEach
    void matchingBases() throws IOException {
        Fixtures.copy("repo/pom.xml.txt", repo.resolve("pom.xml"));
        write(
                "alpha-service/src/main/resources/application.properties",
                "quarkus.redis.hosts=redis://127.0.0.1:6379\n");
        write("platform-terraform/stacks/alpha-service/env/dev.tfvars", "min_capacity = 3\n");
        for (String file : List.of("deployment", "service", "redis", "kustomization")) {
            Fixtures.copy("k8s/alpha-" + file + ".yaml.txt", base("alpha-service", file));
        }
        for (String file : List.of("deployment", "service", "kustomization")) {
            Fixtures.copy("k8s/beta-" + file + ".yaml.txt", base("beta-service", file));
        }
        Fixtures.copy("k8s/overlay.yaml.txt", repo.resolve("platform-k8s").resolve(KubernetesManifestsRule.OVERLAY));
    }

    @Test
    void acceptsBasesThatMatchTheirServices() {
        Findings findings = check();
        assertEquals(List.of(), findings.violations());
        // Two services of the pom, then eight items per base.
        assertEquals(2 + 2 * 8, findings.checkedCount());
    }

    @Test
    void reportsAServiceWithoutBaseOrOverlayEntry() throws IOException {
        write("platform-k8s/" + KubernetesManifestsRule.OVERLAY, "resources:\n  - ../../alpha-service\n");
        assertOnlyViolation("platform-k8s/overlays/minikube/kustomization.yaml: does not include ../../beta-service");
    }

    @Test
    void reportsAPortTheServiceDoesNotListenOn() throws IOException {
        write("beta-service/src/main/resources/application.properties", "%prod.quarkus.http.port=9090\n");
        List<String> violations = check().violations();
        assertTrue(
                violations
                        .get(0)
                        .startsWith("platform-k8s/beta-service: container port \"http\" is 8080 but "
                                + "beta-service listens on 9090"),
                violations.toString());
    }

    @Test
    void reportsALivenessProbeOnReadiness() throws IOException {
        replace(
                "beta-service",
                "deployment",
                "path: /q/health/live\n              port: http\n            periodSeconds: 10",
                "path: /q/health/ready\n              port: http\n            periodSeconds: 10");
        assertOnlyViolation("platform-k8s/beta-service: livenessProbe probes /q/health/ready on port http, "
                + "expected /q/health/live on 8080");
    }

    @Test
    void probesFollowTheSharedManagementInterfaceToItsPort() throws IOException {
        write(
                "service-commons/src/main/resources/META-INF/microprofile-config.properties",
                "quarkus.management.enabled=true\n");
        List<String> violations = check().violations();
        assertTrue(
                violations.contains("platform-k8s/alpha-service: livenessProbe probes /q/health/live on port http, "
                        + "expected /q/health/live on 9000"),
                violations.toString());

        for (String service : List.of("alpha-service", "beta-service")) {
            replace(
                    service,
                    "deployment",
                    "- name: http\n              containerPort: 8080",
                    "- name: http\n              containerPort: 8080\n            - name: management\n"
                            + "              containerPort: 9000");
            replace(
                    service,
                    "deployment",
                    "port: http\n            periodSeconds",
                    "port: management\n            periodSeconds");
        }
        assertEquals(List.of(), check().violations());
    }

    @Test
    void reportsAReadinessPathTheServiceDoesNotServe() throws IOException {
        write("beta-service/src/main/resources/application.properties", "quarkus.smallrye-health.readiness-path=/up\n");
        assertOnlyViolation(
                "platform-k8s/beta-service: readinessProbe probes /q/health/ready on port http, expected /up");
    }

    @Test
    void reportsFewerReplicasThanTheServiceMinimum() throws IOException {
        replace("alpha-service", "deployment", "replicas: 3", "replicas: 1");
        assertOnlyViolation("platform-k8s/alpha-service: replicas 1 but the service runs at least 3");
    }

    @Test
    void reportsAWritableRootFilesystemAndPrivilegeEscalation() throws IOException {
        replace(
                "beta-service",
                "deployment",
                "readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false",
                "readOnlyRootFilesystem: false\n            allowPrivilegeEscalation: true");
        List<String> violations = check().violations();
        assertEquals(
                List.of(
                        "platform-k8s/beta-service: the container's root filesystem is not read-only",
                        "platform-k8s/beta-service: the container allows privilege escalation"),
                violations);
    }

    @Test
    void reportsARootPod() throws IOException {
        replace("beta-service", "deployment", "runAsNonRoot: true", "runAsNonRoot: false");
        assertOnlyViolation("platform-k8s/beta-service: the pod does not set runAsNonRoot: true");
    }

    @Test
    void reportsAMissingTmpVolume() throws IOException {
        replace("beta-service", "deployment", "mountPath: /tmp", "mountPath: /scratch");
        assertOnlyViolation("platform-k8s/beta-service: no emptyDir at /tmp");
    }

    @Test
    void reportsMissingLimits() throws IOException {
        replace(
                "beta-service",
                "deployment",
                "            limits:\n              cpu: \"1\"\n              memory: 512Mi\n",
                "");
        List<String> violations = check().violations();
        assertEquals(
                List.of(
                        "platform-k8s/beta-service: the container has no cpu limits",
                        "platform-k8s/beta-service: the container has no memory limits"),
                violations);
    }

    @Test
    void reportsARedisServiceWithoutItsRedis() throws IOException {
        replace("alpha-service", "kustomization", "  - redis.yaml\n", "");
        assertOnlyViolation(
                "platform-k8s/alpha-service: alpha-service uses Redis: QUARKUS_REDIS_HOSTS must name a Redis Service");
    }

    @Test
    void reportsAServiceThatSelectsOtherPods() throws IOException {
        replace(
                "beta-service",
                "service",
                "  selector:\n    app.kubernetes.io/name: beta-service",
                "  selector:\n    app.kubernetes.io/name: gamma-service");
        assertOnlyViolation(
                "platform-k8s/beta-service: Service beta-service selects app.kubernetes.io/name=gamma-service");
    }

    private void assertOnlyViolation(String expectedStart) {
        List<String> violations = check().violations();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith(expectedStart), violations.get(0));
    }

    private Findings check() {
        return KubernetesManifestsRule.check(repo);
    }

    private Path base(String service, String file) {
        return repo.resolve("platform-k8s").resolve(service).resolve(file + ".yaml");
    }

    private void replace(String service, String file, String from, String to) throws IOException {
        Path path = base(service, file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), "fixture " + path + " lacks: " + from);
        Files.writeString(path, text.replace(from, to));
    }

    private void write(String relative, String text) throws IOException {
        Path file = repo.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
