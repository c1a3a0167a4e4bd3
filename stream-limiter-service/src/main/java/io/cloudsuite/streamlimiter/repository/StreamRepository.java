package io.cloudsuite.streamlimiter.repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudsuite.dynamodb.DynamoTables;
import io.cloudsuite.streamlimiter.service.Stream;
import io.cloudsuite.streamlimiter.service.StreamDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Streams in DynamoDB, one partition per viewer. A viewer has {@code limit} slot items ({@code slot#1} …); a stream
 * holds one slot until it ends or its lease runs out. Taking a slot is one conditional write ("free, or its lease has
 * run out"), so concurrent starts on any number of replicas can never fill more slots than exist: there is no
 * count to read first. An expired lease is free the moment it expires; TTL deletion only tidies up later.
 *
 * <p>An Idempotency-Key is an item {@code idempotency#<key>} in the same partition, written in one transaction with
 * the slot, so a start either took a slot and remembered its key, or did neither.
 *
 * <p>Every write is safe to repeat: the SDK sends a write again when its answer comes after the attempt timeout,
 * though the first one may have been carried out. So each condition also accepts the state the same write leaves
 * behind: a start's condition accepts a slot (and a key item) that already holds its own fresh stream id, and an
 * end marks the slot ended with a token of its own rather than deleting it, so its repetition finds its own mark.
 * One start is one slot, and an end that happened is reported as one.
 */
@ApplicationScoped
public class StreamRepository {

    static final String VIEWER = "viewer";
    static final String SLOT = "slot";
    static final String STREAM_ID = "stream_id";
    static final String STARTED_AT_MS = "started_at_ms";
    static final String LEASE_EXPIRES_AT_MS = "lease_expires_at_ms";
    static final String DETAILS = "details";
    /** The token of the end that freed the slot; a slot with one holds no active stream. */
    static final String ENDED_BY = "ended_by";
    /** The table's TTL attribute (dynamodb/tables.json): when DynamoDB may delete the item. */
    static final String EXPIRES_AT_EPOCH = "expires_at_epoch";

    private static final String SLOT_PREFIX = "slot#";
    private static final String IDEMPOTENCY_PREFIX = "idempotency#";
    /** Free, or already this stream's (the same start carried out before its answer was lost). */
    private static final String SLOT_IS_FREE_OR_OURS =
            "attribute_not_exists(#slot) OR #lease <= :now OR attribute_exists(#ended) OR #id = :id";

    private static final String KEY_IS_UNUSED_OR_OURS =
            "attribute_not_exists(#slot) OR #ttl <= :nowSeconds OR #id = :id";
    private static final String HOLDS_ACTIVE_STREAM = "#id = :id AND #lease > :now AND attribute_not_exists(#ended)";
    /** Active, or already ended by this very end. */
    private static final String HOLDS_ACTIVE_STREAM_OR_ENDED_BY_US =
            "#id = :id AND ((#lease > :now AND attribute_not_exists(#ended)) OR #ended = :token)";

    private final DynamoDbClient dynamo;
    private final String table;
    private final ObjectMapper json;

    public StreamRepository(DynamoDbClient dynamo, DynamoTables tables, ObjectMapper json) {
        this.dynamo = dynamo;
        this.table = tables.name("streams");
        this.json = json;
    }

    /** Takes the slot for the stream if it is free or its lease has run out; false when it is taken. */
    public boolean claim(int slot, Stream stream, Instant now) {
        try {
            dynamo.putItem(put -> put.tableName(table)
                    .item(slotItem(slot, stream))
                    .conditionExpression(SLOT_IS_FREE_OR_OURS)
                    .expressionAttributeNames(slotConditionNames())
                    .expressionAttributeValues(slotConditionValues(stream, now)));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    /** What a transaction that takes a slot and remembers an Idempotency-Key ended with. */
    public enum KeyedClaim {
        CLAIMED,
        SLOT_TAKEN,
        KEY_USED,
        CONFLICT
    }

    /** Takes the slot and remembers the key for {@code keyTtl}, both or neither. */
    public KeyedClaim claim(int slot, Stream stream, String idempotencyKey, Instant keyExpiry, Instant now) {
        Map<String, AttributeValue> keyItem = new HashMap<>(key(stream.viewer(), IDEMPOTENCY_PREFIX + idempotencyKey));
        keyItem.put(STREAM_ID, AttributeValue.fromS(stream.id()));
        keyItem.put(DETAILS, AttributeValue.fromS(write(StoredStream.of(stream))));
        keyItem.put(EXPIRES_AT_EPOCH, number(keyExpiry.getEpochSecond()));
        try {
            dynamo.transactWriteItems(transaction -> transaction.transactItems(
                    TransactWriteItem.builder()
                            .put(Put.builder()
                                    .tableName(table)
                                    .item(slotItem(slot, stream))
                                    .conditionExpression(SLOT_IS_FREE_OR_OURS)
                                    .expressionAttributeNames(slotConditionNames())
                                    .expressionAttributeValues(slotConditionValues(stream, now))
                                    .build())
                            .build(),
                    TransactWriteItem.builder()
                            .put(Put.builder()
                                    .tableName(table)
                                    .item(keyItem)
                                    .conditionExpression(KEY_IS_UNUSED_OR_OURS)
                                    .expressionAttributeNames(
                                            Map.of("#slot", SLOT, "#ttl", EXPIRES_AT_EPOCH, "#id", STREAM_ID))
                                    .expressionAttributeValues(Map.of(
                                            ":nowSeconds",
                                            number(now.getEpochSecond()),
                                            ":id",
                                            AttributeValue.fromS(stream.id())))
                                    .build())
                            .build()));
            return KeyedClaim.CLAIMED;
        } catch (TransactionCanceledException cancelled) {
            List<String> reasons = cancelled.cancellationReasons().stream()
                    .map(CancellationReason::code)
                    .toList();
            if (reasons.size() == 2 && "ConditionalCheckFailed".equals(reasons.get(1))) {
                return KeyedClaim.KEY_USED;
            }
            if (reasons.size() == 2 && "ConditionalCheckFailed".equals(reasons.get(0))) {
                return KeyedClaim.SLOT_TAKEN;
            }
            if (reasons.contains("TransactionConflict")) {
                return KeyedClaim.CONFLICT;
            }
            throw cancelled;
        }
    }

    /** The stream an earlier start with this key created, while the key is remembered. */
    public Optional<Stream> startedWith(String viewer, String idempotencyKey, Instant now) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                        .key(key(viewer, IDEMPOTENCY_PREFIX + idempotencyKey))
                        .consistentRead(true))
                .item();
        if (item == null || item.isEmpty() || epochSeconds(item, EXPIRES_AT_EPOCH) <= now.getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(read(item.get(DETAILS).s()).toStream(viewer));
    }

    /** Every slot the viewer has ever held that still exists, active or not, with its number. */
    public List<HeldSlot> slots(String viewer) {
        return dynamo
                .query(query -> query.tableName(table)
                        .keyConditionExpression("#viewer = :viewer AND begins_with(#slot, :prefix)")
                        .expressionAttributeNames(Map.of("#viewer", VIEWER, "#slot", SLOT))
                        .expressionAttributeValues(Map.of(
                                ":viewer", AttributeValue.fromS(viewer), ":prefix", AttributeValue.fromS(SLOT_PREFIX)))
                        .consistentRead(true))
                .items()
                .stream()
                .map(item -> new HeldSlot(
                        Integer.parseInt(item.get(SLOT).s().substring(SLOT_PREFIX.length())),
                        toStream(item),
                        item.containsKey(ENDED_BY)))
                .toList();
    }

    /** Moves the lease of the stream in this slot to {@code newExpiry}, if the slot still holds it, active. */
    public Optional<Stream> renew(HeldSlot held, Instant newExpiry, Instant now) {
        Stream stream = held.stream();
        try {
            dynamo.updateItem(update -> update.tableName(table)
                    .key(key(stream.viewer(), SLOT_PREFIX + held.slot()))
                    .updateExpression("SET #lease = :newLease, #ttl = :ttl")
                    .conditionExpression(HOLDS_ACTIVE_STREAM)
                    .expressionAttributeNames(Map.of(
                            "#id",
                            STREAM_ID,
                            "#lease",
                            LEASE_EXPIRES_AT_MS,
                            "#ttl",
                            EXPIRES_AT_EPOCH,
                            "#ended",
                            ENDED_BY))
                    .expressionAttributeValues(Map.of(
                            ":id",
                            AttributeValue.fromS(stream.id()),
                            ":now",
                            number(now.toEpochMilli()),
                            ":newLease",
                            number(newExpiry.toEpochMilli()),
                            ":ttl",
                            number(ttlOf(newExpiry)))));
            return Optional.of(stream.renewedUntil(newExpiry));
        } catch (ConditionalCheckFailedException endedOrExpired) {
            return Optional.empty();
        }
    }

    /**
     * Frees the slot, if it still holds the stream, active, by marking it ended (with the lease run out, so TTL
     * tidies it up); returns the stream it held. A repetition of the same end finds its own mark and succeeds too.
     */
    public Optional<Stream> release(HeldSlot held, Instant now) {
        Stream stream = held.stream();
        String token = UUID.randomUUID().toString();
        try {
            dynamo.updateItem(update -> update.tableName(table)
                    .key(key(stream.viewer(), SLOT_PREFIX + held.slot()))
                    .updateExpression("SET #lease = :now, #ttl = :ttl, #ended = :token")
                    .conditionExpression(HOLDS_ACTIVE_STREAM_OR_ENDED_BY_US)
                    .expressionAttributeNames(Map.of(
                            "#id",
                            STREAM_ID,
                            "#lease",
                            LEASE_EXPIRES_AT_MS,
                            "#ttl",
                            EXPIRES_AT_EPOCH,
                            "#ended",
                            ENDED_BY))
                    .expressionAttributeValues(Map.of(
                            ":id",
                            AttributeValue.fromS(stream.id()),
                            ":now",
                            number(now.toEpochMilli()),
                            ":ttl",
                            number(ttlOf(now)),
                            ":token",
                            AttributeValue.fromS(token))));
            return Optional.of(stream);
        } catch (ConditionalCheckFailedException endedOrExpired) {
            return Optional.empty();
        }
    }

    private static Map<String, String> slotConditionNames() {
        return Map.of("#slot", SLOT, "#lease", LEASE_EXPIRES_AT_MS, "#ended", ENDED_BY, "#id", STREAM_ID);
    }

    private static Map<String, AttributeValue> slotConditionValues(Stream stream, Instant now) {
        return Map.of(":now", number(now.toEpochMilli()), ":id", AttributeValue.fromS(stream.id()));
    }

    private Map<String, AttributeValue> slotItem(int slot, Stream stream) {
        Map<String, AttributeValue> item = new HashMap<>(key(stream.viewer(), SLOT_PREFIX + slot));
        item.put(STREAM_ID, AttributeValue.fromS(stream.id()));
        item.put(STARTED_AT_MS, number(stream.startedAt().toEpochMilli()));
        item.put(LEASE_EXPIRES_AT_MS, number(stream.expiresAt().toEpochMilli()));
        item.put(EXPIRES_AT_EPOCH, number(ttlOf(stream.expiresAt())));
        item.put(DETAILS, AttributeValue.fromS(write(stream.details())));
        return item;
    }

    private Stream toStream(Map<String, AttributeValue> item) {
        return new Stream(
                item.get(STREAM_ID).s(),
                item.get(VIEWER).s(),
                readDetails(item.get(DETAILS).s()),
                Instant.ofEpochMilli(Long.parseLong(item.get(STARTED_AT_MS).n())),
                Instant.ofEpochMilli(
                        Long.parseLong(item.get(LEASE_EXPIRES_AT_MS).n())));
    }

    /** TTL may delete a slot item once its lease has run out (a second later, to stay clear of rounding). */
    private static long ttlOf(Instant leaseExpiry) {
        return leaseExpiry.getEpochSecond() + 1;
    }

    private static Map<String, AttributeValue> key(String viewer, String slot) {
        return Map.of(VIEWER, AttributeValue.fromS(viewer), SLOT, AttributeValue.fromS(slot));
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static long epochSeconds(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null ? Long.MAX_VALUE : Long.parseLong(value.n());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private StreamDetails readDetails(String value) {
        try {
            return json.readValue(value, StreamDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored stream's details are not valid JSON", e);
        }
    }

    private StoredStream read(String value) {
        try {
            return json.readValue(value, StoredStream.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored idempotent answer is not valid JSON", e);
        }
    }

    /** A stream as remembered with its Idempotency-Key: the answer a retry gets. */
    record StoredStream(String id, StreamDetails details, long startedAtMs, long expiresAtMs) {

        static StoredStream of(Stream stream) {
            return new StoredStream(
                    stream.id(),
                    stream.details(),
                    stream.startedAt().toEpochMilli(),
                    stream.expiresAt().toEpochMilli());
        }

        Stream toStream(String viewer) {
            return new Stream(
                    id, viewer, details, Instant.ofEpochMilli(startedAtMs), Instant.ofEpochMilli(expiresAtMs));
        }
    }
}
