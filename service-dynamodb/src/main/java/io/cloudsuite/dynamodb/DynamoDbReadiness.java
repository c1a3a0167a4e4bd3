package io.cloudsuite.dynamodb;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Ready when DynamoDB answers DescribeTable for every described table within {@code suite.dynamodb.readiness-timeout}
 * (the extension ships no check). DescribeTable rather than ListTables: it is scoped to the service's own tables, so
 * the task's IAM role needs no account-wide permission. The response names no address and no exception; the reason
 * goes to the log.
 */
@Readiness
@ApplicationScoped
public class DynamoDbReadiness implements AsyncHealthCheck {

    private static final Logger LOG = Logger.getLogger(DynamoDbReadiness.class);
    private static final String NAME = "DynamoDB";

    private final DynamoDbClient dynamo;
    private final DynamoTables tables;
    private final DynamoDbConfig config;

    public DynamoDbReadiness(DynamoDbClient dynamo, DynamoTables tables, DynamoDbConfig config) {
        this.dynamo = dynamo;
        this.tables = tables;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom()
                .item(this::describeEveryTable)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .ifNoItem()
                .after(config.readinessTimeout())
                .recoverWithItem(() -> {
                    LOG.warnf(
                            "DynamoDB readiness check: no answer within %d ms",
                            config.readinessTimeout().toMillis());
                    return down();
                });
    }

    /** Never fails: a failure that arrives after the bound is logged here rather than dropped by Mutiny. */
    private HealthCheckResponse describeEveryTable() {
        try {
            for (String table : tables.names()) {
                dynamo.describeTable(describe -> describe.tableName(table));
            }
            return HealthCheckResponse.named(NAME).up().build();
        } catch (RuntimeException failure) {
            LOG.warnf("DynamoDB readiness check failed: %s", failure.toString());
            return down();
        }
    }

    private static HealthCheckResponse down() {
        return HealthCheckResponse.named(NAME).down().build();
    }
}
