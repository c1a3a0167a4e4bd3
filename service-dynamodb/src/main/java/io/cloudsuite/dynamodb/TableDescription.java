package io.cloudsuite.dynamodb;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One table as a service's {@code dynamodb/tables.json} describes it: the one description the code creates tables
 * from and platform-terraform's checks compare the stack's {@code aws_dynamodb_table} and IAM with.
 *
 * @param id                     the stack's resource name ({@code aws_dynamodb_table.<id>}) and how code names it
 * @param nameProperty           the configuration key holding the table's name
 * @param defaultName            the name when that key is not set (dev, test)
 * @param hashKey                the partition key
 * @param rangeKey               the sort key, if any
 * @param globalSecondaryIndexes the indexes, with fixed names
 * @param ttlAttribute           the attribute DynamoDB's TTL deletes expired items by, if any
 * @param actions                exactly the DynamoDB API calls the code makes on this table, as IAM names them
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record TableDescription(
        @JsonProperty(value = "id", required = true) String id,

        @JsonProperty(value = "name_property", required = true)
        String nameProperty,

        @JsonProperty(value = "default_name", required = true)
        String defaultName,

        @JsonProperty(value = "hash_key", required = true) KeyAttribute hashKey,
        @JsonProperty("range_key") KeyAttribute rangeKey,
        @JsonProperty("global_secondary_indexes") List<Index> globalSecondaryIndexes,
        @JsonProperty("ttl_attribute") String ttlAttribute,
        @JsonProperty(value = "actions", required = true) List<String> actions) {

    public TableDescription {
        globalSecondaryIndexes = globalSecondaryIndexes == null ? List.of() : List.copyOf(globalSecondaryIndexes);
        actions = List.copyOf(actions);
    }

    public Optional<KeyAttribute> optionalRangeKey() {
        return Optional.ofNullable(rangeKey);
    }

    public Optional<String> optionalTtlAttribute() {
        return Optional.ofNullable(ttlAttribute);
    }

    /**
     * A key attribute and its DynamoDB scalar type.
     *
     * @param type {@code S}, {@code N} or {@code B}
     */
    public record KeyAttribute(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "type", required = true) String type) {}

    /**
     * A global secondary index.
     *
     * @param projection {@code ALL} or {@code KEYS_ONLY}
     */
    public record Index(
            @JsonProperty(value = "name", required = true) String name,

            @JsonProperty(value = "hash_key", required = true)
            KeyAttribute hashKey,

            @JsonProperty("range_key") KeyAttribute rangeKey,

            @JsonProperty(value = "projection", required = true)
            String projection) {}
}
