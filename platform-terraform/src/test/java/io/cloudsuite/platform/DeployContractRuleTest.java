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

class DeployContractRuleTest {

    @TempDir
    Path stacks;

    private Path stack;

    @BeforeEach
    void completeServiceStack() throws IOException {
        stack = stacks.resolve("alpha-service");
        Fixtures.copy("contract/variables.tf.txt", stack.resolve("variables.tf"));
        Fixtures.copy("contract/outputs.tf.txt", stack.resolve("outputs.tf"));
        Files.createDirectories(stack.resolve("env"));
        for (String environment : DeployContractRule.ENVIRONMENTS) {
            Files.writeString(stack.resolve("env").resolve(environment + ".tfvars"), "environment = \"" + environment + "\"\n");
            Files.writeString(stack.resolve("env").resolve(environment + ".s3.tfbackend"), "key = \"alpha-service\"\n");
        }
    }

    @Test
    void acceptsACompleteServiceStack() {
        Findings findings = DeployContractRule.check(stack);
        assertEquals(List.of(), findings.violations());
        assertEquals(4 + 3, findings.checkedCount());
    }

    @Test
    void reportsAMissingEnvironmentFile() throws IOException {
        Files.delete(stack.resolve("env/production.s3.tfbackend"));
        assertOnlyViolation("stacks/alpha-service: env/production.s3.tfbackend is missing");
    }

    @Test
    void reportsAnImageTagWithADefault() {
        Fixtures.copy("contract/variables-with-default-tag.tf.txt", stack.resolve("variables.tf"));
        assertOnlyViolation("stacks/alpha-service: variable \"image_tag\" has a default");
    }

    @Test
    void reportsAMissingImageTag() throws IOException {
        Files.delete(stack.resolve("variables.tf"));
        assertOnlyViolation("stacks/alpha-service: no variable \"image_tag\"");
    }

    @Test
    void reportsAMissingServiceUrl() {
        Fixtures.copy("contract/outputs-without-url.tf.txt", stack.resolve("outputs.tf"));
        assertOnlyViolation("stacks/alpha-service: no output \"service_url\"");
    }

    private void assertOnlyViolation(String expectedStart) {
        List<String> violations = DeployContractRule.check(stack).violations();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith(expectedStart), violations.get(0));
    }
}
