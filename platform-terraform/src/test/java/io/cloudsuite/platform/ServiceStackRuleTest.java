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
 * A small repository in a temporary directory: a root pom with alpha-service and beta-service, alpha's
 * application.properties, and platform-terraform/stacks built from fixtures.
 */
class ServiceStackRuleTest {

    @TempDir
    Path repo;

    @BeforeEach
    void consistentRepository() throws IOException {
        Fixtures.copy("repo/pom.xml.txt", repo.resolve("pom.xml"));
        properties("alpha-service", "%dev.quarkus.http.port=7001\n%prod.quarkus.http.port=9090\n");
        stack("platform", "stack/platform.tf.txt");
        stack("alpha-service", "stack/port-9090.tf.txt");
        // beta-service has no application.properties yet: Quarkus' defaults apply.
        stack("beta-service", "stack/port-8080.tf.txt");
    }

    @Test
    void acceptsStacksThatMatchTheirServices() {
        Findings findings = check();
        assertEquals(List.of(), findings.violations());
        assertEquals(2 + 2 * 3, findings.checkedCount());
    }

    @Test
    void reportsAServiceWithoutStack() throws IOException {
        deleteStack("beta-service");
        assertOnlyViolation("stacks/beta-service: service beta-service (root pom) has no stack");
    }

    @Test
    void reportsAServiceWithoutEcrRepository() {
        stack("platform", "stack/platform-without-beta.tf.txt");
        assertOnlyViolation("stacks/platform: service beta-service has no ECR repository");
    }

    @Test
    void reportsAContainerPortTheServiceDoesNotListenOn() {
        stack("alpha-service", "stack/alpha-port-8080.tf.txt");
        assertOnlyViolation("stacks/alpha-service: container_port 8080 but alpha-service listens on 9090");
    }

    @Test
    void aDevOnlyPortDoesNotCount() {
        properties("beta-service", "%dev.quarkus.http.port=8081\n");
        stack("beta-service", "stack/port-8081.tf.txt");
        assertOnlyViolation("stacks/beta-service: container_port 8081 but beta-service listens on 8080");
    }

    @Test
    void reportsALivenessPathTheServiceDoesNotServe() {
        properties("beta-service", "quarkus.smallrye-health.root-path=/health\n");
        assertOnlyViolation("stacks/beta-service: liveness_path /q/health/live but beta-service serves liveness at /health/live");
    }

    @Test
    void reportsAHealthCheckOnReadinessInsteadOfLiveness() {
        stack("beta-service", "stack/readiness-path.tf.txt");
        assertOnlyViolation("stacks/beta-service: liveness_path /q/health/ready but beta-service serves liveness at "
                + "/q/health/live (beta-service/src/main/resources/application.properties): readiness is DOWN");
    }

    @Test
    void reportsAPortThatIsNotALiteral() {
        stack("alpha-service", "stack/port-from-variable.tf.txt");
        assertOnlyViolation("stacks/alpha-service: container_port must be set to a literal number");
    }

    @Test
    void reportsAStackThatDeploysAnotherService() {
        stack("alpha-service", "stack/service-of-another-stack.tf.txt");
        assertOnlyViolation("stacks/alpha-service: service beta-service but the stack is alpha-service");
    }

    @Test
    void reportsAServiceThatIsNotALiteral() {
        stack("alpha-service", "stack/service-from-variable.tf.txt");
        assertOnlyViolation("stacks/alpha-service: service must be set to the literal \"alpha-service\"");
    }

    @Test
    void reportsAStackWithoutTheServiceModule() {
        stack("alpha-service", "stack/no-service-module.tf.txt");
        assertOnlyViolation("stacks/alpha-service: no module with source modules/ecs-fargate-service");
    }

    private void assertOnlyViolation(String expectedStart) {
        List<String> violations = check().violations();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith(expectedStart), violations.get(0));
    }

    private Findings check() {
        return ServiceStackRule.check(repo, repo.resolve("platform-terraform"));
    }

    private void stack(String name, String fixture) {
        Fixtures.copy(fixture, repo.resolve("platform-terraform/stacks").resolve(name).resolve("main.tf"));
    }

    private void deleteStack(String name) throws IOException {
        Path dir = repo.resolve("platform-terraform/stacks").resolve(name);
        Files.delete(dir.resolve("main.tf"));
        Files.delete(dir);
    }

    private void properties(String service, String text) {
        try {
            Path file = repo.resolve(service).resolve("src/main/resources/application.properties");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
