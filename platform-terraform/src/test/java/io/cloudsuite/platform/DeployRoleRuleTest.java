package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployRoleRuleTest {

    @TempDir
    Path bootstrap;

    @Test
    void acceptsATrustOnEnvironmentWorkflowAndBranchAndBoundedRoleWrites() {
        Findings findings = check("deployrole/trust.tf.txt", "deployrole/permissions.tf.txt");
        assertEquals(List.of(), findings.violations());
        assertTrue(findings.checkedCount() >= 5, "checked " + findings.checkedCount());
    }

    @Test
    void reportsATrustOnTheEnvironmentAlone() {
        List<String> violations = check("deployrole/trust-environment-only.tf.txt", "deployrole/permissions.tf.txt")
                .violations();
        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("must contain \":job_workflow_ref:\""), violations.get(0));
        assertTrue(violations.get(1).contains("must contain \"@refs/heads/\""), violations.get(1));
    }

    @Test
    void reportsASubjectPattern() {
        assertOnlyViolation(check("deployrole/trust-string-like.tf.txt", "deployrole/permissions.tf.txt"),
                "trust.tf: the OIDC sub condition must be StringEquals, not StringLike");
    }

    @Test
    void reportsRoleWritesWithoutBoundary() {
        assertOnlyViolation(check("deployrole/trust.tf.txt", "deployrole/permissions-without-boundary.tf.txt"),
                "permissions.tf: statement ServiceRolesWithBoundary creates or changes roles without an iam:PermissionsBoundary");
    }

    @Test
    void reportsWritesToEveryState() {
        assertOnlyViolation(check("deployrole/trust.tf.txt", "deployrole/permissions-all-states.tf.txt"),
                "permissions.tf: statement WriteServiceStates writes state objects aws_s3_bucket.state.arn/*");
    }

    @Test
    void reportsAllowingToRemoveTheBoundary() {
        assertOnlyViolation(check("deployrole/trust.tf.txt", "deployrole/permissions-delete-boundary.tf.txt"),
                "permissions.tf: statement ReadStates allows iam:DeleteRolePermissionsBoundary");
    }

    @Test
    void reportsAServiceRoleWithoutBoundary() {
        Findings findings = DeployRoleRule.checkServiceRoles(List.of(Fixtures.tf("deployrole/role-without-boundary.tf.txt")));
        assertEquals(2, findings.checkedCount());
        assertOnlyViolation(findings, "deployrole/role-without-boundary.tf.txt: aws_iam_role \"task\" has no permissions_boundary");
    }

    @Test
    void reportsATaskActionTheBoundaryDenies() {
        Findings findings = DeployRoleRule.checkTaskActionsWithinBoundary(
                List.of(Fixtures.tf("deployrole/boundary.tf.txt")), List.of(Fixtures.tf("deployrole/task-statements.tf.txt")));
        assertEquals(2, findings.checkedCount());
        assertOnlyViolation(findings, "deployrole/task-statements.tf.txt: task role action dynamodb:DescribeTimeToLive "
                + "is outside the service permissions boundary");
    }

    private Findings check(String trust, String permissions) {
        Fixtures.copy(trust, bootstrap.resolve("trust.tf"));
        Fixtures.copy(permissions, bootstrap.resolve("permissions.tf"));
        return DeployRoleRule.checkBootstrap(bootstrap);
    }

    private static void assertOnlyViolation(Findings findings, String expectedStart) {
        List<String> violations = findings.violations();
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith(expectedStart), violations.get(0));
    }
}
