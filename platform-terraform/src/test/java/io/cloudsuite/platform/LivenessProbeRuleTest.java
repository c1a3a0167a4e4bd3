package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LivenessProbeRuleTest {

    @Test
    void acceptsProbesOnLiveness() {
        Findings findings = check("tmp/writable.tf.txt");
        assertEquals(List.of(), findings.violations());
        assertEquals(2, findings.checkedCount());
    }

    @Test
    void reportsAContainerHealthCheckOnReadiness() {
        assertOnlyViolation("health/container-on-readiness.tf.txt",
                "health/container-on-readiness.tf.txt: task definition \"this\", container app: the health check must probe /q/health/live");
    }

    @Test
    void reportsATargetGroupOnReadiness() {
        assertOnlyViolation("health/target-group-on-readiness.tf.txt",
                "health/target-group-on-readiness.tf.txt: target group \"this\" probes /q/health/ready");
    }

    @Test
    void followsTheVariableToItsDefault() {
        List<String> violations = check("health/variable-default-readiness.tf.txt").violations();
        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("must probe /q/health/live"), violations.get(0));
        assertTrue(violations.get(1).contains("probes /q/health/ready"), violations.get(1));
    }

    private static Findings check(String fixture) {
        return LivenessProbeRule.check(List.of(Fixtures.tf(fixture)));
    }

    private static void assertOnlyViolation(String fixture, String expectedStart) {
        List<String> violations = check(fixture).violations();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith(expectedStart), violations.get(0));
    }
}
