package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ServiceAlarmsRuleTest {

    @Test
    void acceptsTheFourAlarmsAndDeploymentRollback() {
        Findings findings = check("alarms/alarms.tf.txt");
        assertEquals(List.of(), findings.violations());
        assertEquals(5, findings.checkedCount());
    }

    @Test
    void reportsDeploymentsThatDoNotRollBack() {
        assertOnlyViolation("alarms/no-rollback.tf.txt",
                "alarms/no-rollback.tf.txt: aws_ecs_service \"this\" must roll deployments back");
    }

    @Test
    void reportsAnAlarmThatNotifiesNobody() {
        assertOnlyViolation("alarms/latency-without-topic.tf.txt",
                "ecs-fargate-service: no alarm on TargetResponseTime notifying var.platform.alarm_topic_arn");
    }

    private static Findings check(String fixture) {
        return ServiceAlarmsRule.check(List.of(Fixtures.tf(fixture)));
    }

    private static void assertOnlyViolation(String fixture, String expectedStart) {
        List<String> violations = check(fixture).violations();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith(expectedStart), violations.get(0));
    }
}
