package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProviderPinRuleTest {

    @Test
    void acceptsSixThirtySevenAndLaterWithinSix() {
        assertTrue(ProviderPinRule.accepted("~> 6.37"));
        assertTrue(ProviderPinRule.accepted("~> 6.40"));
        assertTrue(ProviderPinRule.accepted(">= 6.37, < 7.0"));
        assertTrue(ProviderPinRule.accepted(">= 6.38.1, < 7"));
    }

    @Test
    void rejectsOlderOrOpenEndedRanges() {
        assertFalse(ProviderPinRule.accepted(">= 6.0, < 7.0"), "6.0 lacks the rollback behaviour");
        assertFalse(ProviderPinRule.accepted("~> 6.0"));
        assertFalse(ProviderPinRule.accepted("~> 6.11"), "6.11 lacks a working global_secondary_index key_schema");
        assertFalse(ProviderPinRule.accepted(">= 6.37"), "no upper bound");
        assertFalse(ProviderPinRule.accepted("null"), "no version at all");
    }

    @Test
    void reportsAStackPinnedBelowSixEleven() {
        Findings findings = ProviderPinRule.check(Fixtures.tf("versions/aws-6.0.tf.txt"));
        assertEquals(1, findings.checkedCount());
        List<String> violations = findings.violations();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("versions/aws-6.0.tf.txt: hashicorp/aws version \">= 6.0, < 7.0\""),
                violations.get(0));
    }

    @Test
    void acceptsTheStacksPin() {
        Findings findings = ProviderPinRule.check(Fixtures.tf("versions/aws-6.37.tf.txt"));
        assertEquals(List.of(), findings.violations());
        assertEquals(1, findings.checkedCount());
    }
}
