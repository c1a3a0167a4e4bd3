package io.cloudsuite.dynamodb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Creates the described tables that do not exist yet, when {@code suite.dynamodb.create-tables} is on (dev and
 * test). Runs at startup, after dev mode's starter has brought up a local server where none answered.
 */
@ApplicationScoped
public class TableCreator {

    private static final Logger LOG = Logger.getLogger(TableCreator.class);

    /**
     * Setting tables up is no request a client waits for: the first call of a cold SDK client on a busy machine can
     * take longer than the request-path timeouts of the shared configuration, and a table takes a while to exist.
     */
    private static final AwsRequestOverrideConfiguration SETUP = AwsRequestOverrideConfiguration.builder()
            .apiCallTimeout(Duration.ofSeconds(30))
            .apiCallAttemptTimeout(Duration.ofSeconds(10))
            .build();

    private final DynamoDbClient dynamo;
    private final DynamoTables tables;
    private final DynamoDbConfig config;

    public TableCreator(DynamoDbClient dynamo, DynamoTables tables, DynamoDbConfig config) {
        this.dynamo = dynamo;
        this.tables = tables;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.createTables()) {
            createMissing();
        }
    }

    /** Creates every described table that does not exist yet, with its indexes and TTL attribute. */
    public void createMissing() {
        for (TableDescription table : tables.descriptions()) {
            String name = tables.name(table.id());
            if (exists(name)) {
                continue;
            }
            try {
                dynamo.createTable(createRequest(name, table).toBuilder()
                        .overrideConfiguration(SETUP)
                        .build());
                dynamo.waiter()
                        .waitUntilTableExists(
                                describe -> describe.tableName(name).overrideConfiguration(SETUP));
                table.optionalTtlAttribute()
                        .ifPresent(attribute -> dynamo.updateTimeToLive(ttl -> ttl.tableName(name)
                                .timeToLiveSpecification(
                                        spec -> spec.enabled(true).attributeName(attribute))
                                .overrideConfiguration(SETUP)));
                LOG.infof("Created DynamoDB table %s (%s)", name, table.id());
            } catch (ResourceInUseException createdConcurrently) {
                // another instance sharing the server created it first
            }
        }
    }

    private boolean exists(String name) {
        try {
            dynamo.describeTable(describe -> describe.tableName(name).overrideConfiguration(SETUP));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    static CreateTableRequest createRequest(String name, TableDescription table) {
        Map<String, TableDescription.KeyAttribute> attributes = new LinkedHashMap<>();
        List<KeySchemaElement> keys = keySchema(table.hashKey(), table.rangeKey(), attributes);
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (TableDescription.Index index : table.globalSecondaryIndexes()) {
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(index.name())
                    .keySchema(keySchema(index.hashKey(), index.rangeKey(), attributes))
                    .projection(Projection.builder()
                            .projectionType(ProjectionType.fromValue(index.projection()))
                            .build())
                    .build());
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(keys)
                .attributeDefinitions(attributes.values().stream()
                        .map(key -> AttributeDefinition.builder()
                                .attributeName(key.name())
                                .attributeType(ScalarAttributeType.fromValue(key.type()))
                                .build())
                        .toList());
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        return request.build();
    }

    private static List<KeySchemaElement> keySchema(
            TableDescription.KeyAttribute hash,
            TableDescription.KeyAttribute range,
            Map<String, TableDescription.KeyAttribute> attributes) {
        List<KeySchemaElement> keys = new ArrayList<>();
        attributes.put(hash.name(), hash);
        keys.add(KeySchemaElement.builder()
                .attributeName(hash.name())
                .keyType(KeyType.HASH)
                .build());
        if (range != null) {
            attributes.put(range.name(), range);
            keys.add(KeySchemaElement.builder()
                    .attributeName(range.name())
                    .keyType(KeyType.RANGE)
                    .build());
        }
        return keys;
    }
}
