package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EdgeRuleTest {

    @Test
    void acceptsHiddenInternalPathsAndAccessLogs() {
        Findings findings = check("edge/edge.tf.txt");
        assertEquals(List.of(), findings.violations());
        assertEquals(2, findings.checkedCount());
    }

    @Test
    void reportsALoadBalancerWithoutAccessLogs() {
        assertOnlyViolation("edge/no-access-logs.tf.txt", "edge/no-access-logs.tf.txt: aws_lb \"this\" has no enabled access_logs");
    }

    @Test
    void reportsAnInternalPathLeftPublic() {
        assertOnlyViolation("edge/swagger-public.tf.txt", "load balancer: no listener rule before priority 100");
    }

    @Test
    void reportsARuleTheServicesRulesWouldShadow() {
        assertOnlyViolation("edge/after-service-rules.tf.txt", "load balancer: no listener rule before priority 100");
    }

    private static Findings check(String fixture) {
        return EdgeRule.check(List.of(Fixtures.tf(fixture)));
    }

    private static void assertOnlyViolation(String fixture, String expectedStart) {
        List<String> violations = check(fixture).violations();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith(expectedStart), violations.get(0));
    }
}
