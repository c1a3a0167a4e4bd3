package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclarationRuleTest {

    @Test
    void acceptsTypedDescribedVariablesAndDescribedOutputs() {
        Findings findings = DeclarationRule.check(Fixtures.tf("declarations/valid.tf.txt"));
        assertEquals(3, findings.checkedCount());
        assertEquals(List.of(), findings.violations());
    }

    @ParameterizedTest
    @CsvSource({
        "declarations/untyped-variable.tf.txt,           variable \"name\" has no type",
        "declarations/undescribed-variable.tf.txt,       variable \"name\" has no description",
        "declarations/blank-variable-description.tf.txt, variable \"name\" has no description",
        "declarations/undescribed-output.tf.txt,         output \"name\" has no description",
    })
    void reportsAMissingTypeOrDescription(String fixture, String message) {
        List<String> violations = DeclarationRule.check(Fixtures.tf(fixture)).violations();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(
                violations.get(0).startsWith(fixture + ": ")
                        && violations.get(0).endsWith(message),
                violations.get(0));
    }
}
