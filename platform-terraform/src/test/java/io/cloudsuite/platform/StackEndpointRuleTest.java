package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackEndpointRuleTest {

    @TempDir
    Path repo;

    @BeforeEach
    void twoServicesWithTheirStacks() throws IOException {
        Fixtures.copy("repo/pom.xml.txt", repo.resolve("pom.xml"));
        stack("alpha-service", "alpha-service", 8080, "/q/health/live");
        stack("beta-service", "beta-service", 8080, "/q/health/live");
    }

    @Test
    void acceptsStacksThatMatchTheirServices() {
        Findings findings = StackEndpointRule.check(repo);
        assertEquals(List.of(), findings.violations());
        assertEquals(6, findings.checkedCount());
    }

    @Test
    void reportsAPortOrPathTheServiceDoesNotUseAndAnotherServicesName() throws IOException {
        properties("beta-service", "quarkus.http.port=9090\nquarkus.smallrye-health.liveness-path=alive\n");
        stack("alpha-service", "beta-service", 8080, "/q/health/live");

        assertEquals(
                List.of(
                        "platform-terraform/stacks/alpha-service/main.tf: module \"service\" sets service = "
                                + "beta-service, but the service's configuration says alpha-service",
                        "platform-terraform/stacks/beta-service/main.tf: module \"service\" sets container_port = "
                                + "8080, but the service's configuration says 9090",
                        "platform-terraform/stacks/beta-service/main.tf: module \"service\" sets liveness_path = "
                                + "/q/health/live, but the service's configuration says /q/health/alive"),
                StackEndpointRule.check(repo).violations());
    }

    @Test
    void reportsAServiceWithoutAStack() throws IOException {
        Files.delete(repo.resolve("platform-terraform/stacks/beta-service/main.tf"));
        assertEquals(
                List.of("platform-terraform/stacks/beta-service/main.tf: missing: every service of the root pom has a"
                        + " stack"),
                StackEndpointRule.check(repo).violations());
    }

    private void stack(String folder, String service, int port, String livenessPath) throws IOException {
        Path main = repo.resolve("platform-terraform/stacks").resolve(folder).resolve("main.tf");
        Files.createDirectories(main.getParent());
        Files.writeString(main, """
                module "service" {
                  source = "../../modules/ecs-fargate-service"

                  service        = "%s"
                  container_port = %d
                  liveness_path  = "%s"
                  stage          = var.environment
                }
                """.formatted(service, port, livenessPath));
    }

    private void properties(String service, String text) throws IOException {
        Path file = repo.resolve(service).resolve("src/main/resources/application.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
