package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogRetentionRuleTest {

    @Test
    void acceptsALiteralOrVariableRetention() {
        Findings findings = LogRetentionRule.check(Fixtures.tf("logs/with-retention.tf.txt"));
        assertEquals(2, findings.checkedCount());
        assertEquals(List.of(), findings.violations());
    }

    @ParameterizedTest
    @CsvSource({
        "logs/no-retention.tf.txt,         log group \"forever\" has no retention_in_days",
        "logs/zero-retention.tf.txt,       log group \"forever\" keeps logs forever",
        "logs/awslogs-create-group.tf.txt, awslogs-create-group creates a log group without retention",
    })
    void reportsALogGroupThatKeepsLogsForever(String fixture, String message) {
        List<String> violations = LogRetentionRule.check(Fixtures.tf(fixture)).violations();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith(fixture + ": " + message), violations.get(0));
    }
}
