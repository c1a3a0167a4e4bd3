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

/** alpha-service (in the pom) describes one table with an index and a TTL; its stack builds it. */
class DynamoDbTablesRuleTest {

    @TempDir
    Path repo;

    @BeforeEach
    void matchingTableAndStack() {
        Fixtures.copy("repo/pom.xml.txt", repo.resolve("pom.xml"));
        Fixtures.copy("dynamodb/tables.json.txt", repo.resolve("alpha-service").resolve(DynamoDbTablesRule.TABLES));
        stack("alpha-service", "dynamodb/stack.tf.txt");
    }

    @Test
    void acceptsAStackThatBuildsTheDescribedTable() {
        Findings findings = check();
        assertEquals(List.of(), findings.violations());
        // table, keys, index, TTL, environment variable, alarms, permissions.
        assertEquals(7, findings.checkedCount());
    }

    @Test
    void theEnvironmentVariableIsQuarkusForm() {
        assertEquals("STREAM_LIMITER_DYNAMODB_STREAMS_TABLE",
                DynamoDbTablesRule.environmentVariable("stream-limiter.dynamodb.streams-table"));
    }

    @Test
    void reportsAnotherRangeKey() {
        assertOnlyViolation("dynamodb/wrong-range-key.tf.txt",
                "stacks/alpha-service: aws_dynamodb_table.streams range_key stream, expected slot");
    }

    @Test
    void reportsAnotherAttributeType() {
        assertOnlyViolation("dynamodb/wrong-attribute-type.tf.txt",
                "stacks/alpha-service: aws_dynamodb_table.streams attribute \"slot\" must be declared with type S, not N");
    }

    @Test
    void reportsAnotherProjection() {
        assertOnlyViolation("dynamodb/wrong-projection.tf.txt",
                "stacks/alpha-service: aws_dynamodb_table.streams index by-stream projection_type ALL, expected KEYS_ONLY");
    }

    @Test
    void reportsTheDeprecatedIndexKeySyntax() {
        List<String> violations = violations("dynamodb/deprecated-gsi-keys.tf.txt");
        assertTrue(violations.get(0).startsWith("stacks/alpha-service: aws_dynamodb_table.streams index by-stream uses the "
                + "deprecated hash_key/range_key"), violations.toString());
    }

    @Test
    void reportsAMissingTtl() {
        assertOnlyViolation("dynamodb/no-ttl.tf.txt",
                "stacks/alpha-service: aws_dynamodb_table.streams TTL off, expected enabled on expires_at");
    }

    @Test
    void reportsAMissingTableNameVariable() {
        assertOnlyViolation("dynamodb/no-env-var.tf.txt",
                "stacks/alpha-service: the task gets no ALPHA_DYNAMODB_STREAMS_TABLE (alpha.dynamodb.streams-table)");
    }

    @Test
    void reportsATableWithoutAlarms() {
        assertOnlyViolation("dynamodb/no-alarms.tf.txt",
                "stacks/alpha-service: module \"service\" dynamodb_table_names lacks aws_dynamodb_table.streams.name");
    }

    @Test
    void reportsAnActionTheCodeDoesNotMake() {
        List<String> violations = violations("dynamodb/extra-action.tf.txt");
        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("grants [dynamodb:GetItem, dynamodb:PutItem, dynamodb:Query, dynamodb:Scan] "
                + "on aws_dynamodb_table.streams.arn, tables.json lists"), violations.get(0));
        assertTrue(violations.get(1).contains(".arn/index/*"), violations.get(1));
    }

    @Test
    void reportsMissingIndexPermissions() {
        assertOnlyViolation("dynamodb/no-index-resource.tf.txt",
                "stacks/alpha-service: the task role grants [] on aws_dynamodb_table.streams.arn/index/*");
    }

    @Test
    void reportsDynamoDbActionsOnAnythingElse() {
        assertOnlyViolation("dynamodb/other-resource.tf.txt",
                "stacks/alpha-service: statement Everything grants [dynamodb:GetItem] on arn:aws:dynamodb");
    }

    @Test
    void reportsAMissingTable() throws IOException {
        Files.writeString(repo.resolve("platform-terraform/stacks/alpha-service/main.tf"), "module \"service\" {\n}\n");
        List<String> violations = violations(null);
        assertTrue(violations.get(0).startsWith("stacks/alpha-service: no aws_dynamodb_table.streams"), violations.toString());
    }

    @Test
    void reportsATableWithoutTablesJson() throws IOException {
        stack("beta-service", "dynamodb/stack.tf.txt");
        Files.delete(repo.resolve("alpha-service").resolve(DynamoDbTablesRule.TABLES));
        List<String> violations = violations(null);
        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("stacks/alpha-service: aws_dynamodb_table [streams] but "
                + "alpha-service/src/main/resources/dynamodb/tables.json does not exist"), violations.get(0));
        assertTrue(violations.get(1).startsWith("stacks/beta-service: aws_dynamodb_table [streams]"), violations.get(1));
    }

    @Test
    void skipsServicesThatAreNotInThePom() {
        stack("gamma-service", "dynamodb/no-ttl.tf.txt");
        assertEquals(List.of(), check().violations());
    }

    private List<String> violations(String fixture) {
        if (fixture != null) {
            stack("alpha-service", fixture);
        }
        return check().violations();
    }

    private void assertOnlyViolation(String fixture, String expectedStart) {
        List<String> violations = violations(fixture);
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith(expectedStart), violations.get(0));
    }

    private Findings check() {
        return DynamoDbTablesRule.check(repo, repo.resolve("platform-terraform"));
    }

    private void stack(String service, String fixture) {
        Fixtures.copy(fixture, repo.resolve("platform-terraform/stacks").resolve(service).resolve("main.tf"));
    }
}
