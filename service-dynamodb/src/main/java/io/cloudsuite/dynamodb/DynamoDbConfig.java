package io.cloudsuite.dynamodb;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the shared DynamoDB support behaves; the client itself is configured under {@code quarkus.dynamodb.*}. */
@ConfigMapping(prefix = "suite.dynamodb")
public interface DynamoDbConfig {

    /**
     * Create the described tables that do not exist yet, at startup. On in dev and test (a fresh local server has
     * none); off in prod, where Terraform owns the tables and the task's IAM role may not create any.
     */
    @WithDefault("false")
    boolean createTables();

    /** Upper bound of the readiness check, below the 1.5 s every backend call gets. */
    @WithDefault("1s")
    Duration readinessTimeout();
}
