package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IamWildcardRuleTest {

    @Test
    void acceptsExactActionsEvenWithWildcardResources() {
        Findings findings = IamWildcardRule.check(Fixtures.tf("iam/exact.tf.txt"));
        // 1 + 2 in the policy document, 1 in jsonencode, 1 in the module's statements.
        assertEquals(5, findings.checkedCount());
        assertEquals(List.of(), findings.violations());
    }

    @ParameterizedTest
    @CsvSource({
        "iam/policy-document-star.tf.txt,                IAM action \"*\" is a wildcard",
        "iam/policy-document-service-star.tf.txt,        IAM action \"dynamodb:*\" is a wildcard",
        "iam/jsonencode-service-star.tf.txt,             IAM action \"s3:*\" is a wildcard",
        "iam/heredoc-star.tf.txt,                        IAM action \"*\" is a wildcard",
        "iam/module-statements-partial-wildcard.tf.txt,  IAM action \"dynamodb:Get*\" is a wildcard",
        "iam/local-list-service-star.tf.txt,             \"dynamodb:*\" looks like a wildcard IAM action",
        "iam/not-action.tf.txt,                          NotAction grants every action it does not name",
    })
    void reportsAWildcardAction(String fixture, String message) {
        List<String> violations = IamWildcardRule.check(Fixtures.tf(fixture)).violations();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith(fixture + ": " + message), violations.get(0));
    }
}
