package io.cloudsuite.peopleinfo.repository;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudsuite.commons.idempotency.IdempotencyKey;
import io.cloudsuite.commons.idempotency.RequestFingerprint;
import io.cloudsuite.dynamodb.DynamoTables;
import io.cloudsuite.peopleinfo.service.PageCursor;
import io.cloudsuite.peopleinfo.service.PeoplePage;
import io.cloudsuite.peopleinfo.service.Person;
import io.cloudsuite.peopleinfo.service.PersonDetails;
import io.cloudsuite.peopleinfo.service.PersonId;
import io.cloudsuite.peopleinfo.service.SurnameKey;
import io.cloudsuite.peopleinfo.service.VersionCondition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The people table (described in {@code dynamodb/tables.json}): one item per person keyed by id, and the
 * {@value #SURNAME_INDEX} index (partition key {@code surname_key}, sort key {@code id}) for look-ups by surname
 * without a scan. Blocking calls: the service runs them on worker threads.
 */
@ApplicationScoped
public class PersonRepository {

    /** Fixed in tables.json, like every index name, so code, table creation and Terraform cannot disagree. */
    public static final String SURNAME_INDEX = "by-surname";
    /** The table's id in tables.json. */
    static final String TABLE_ID = "people";

    private static final String ID = "id";
    private static final String NAME = "name";
    private static final String SURNAME = "surname";
    private static final String SURNAME_KEY = "surname_key";
    private static final String BIRTHDATE = "birthdate";
    private static final String ADDRESS = "address";
    private static final String CREATED_AT = "created_at";
    private static final String UPDATED_AT = "updated_at";
    private static final String VERSION = "version";
    /** Random per write: tells the SDK's retry of a write that was applied apart from a concurrent writer's. */
    private static final String WRITE_TOKEN = "write_token";
    /** A deleted person's item keeps the deleting write's token a while: the SDK's retry of the delete finds it. */
    private static final String DELETED_BY = "deleted_by";
    /** The table's TTL attribute (dynamodb/tables.json): when DynamoDB may delete the item. */
    private static final String EXPIRES_AT_EPOCH = "expires_at_epoch";
    /** Far longer than any retry of the delete; TTL removes the tombstone some time after. */
    private static final Duration TOMBSTONE_LIFETIME = Duration.ofHours(1);
    /**
     * An Idempotency-Key's item: {@code id} is this prefix and the key (never a UUID, so never a person's id), and
     * it has no surname key, so the surname index never sees it.
     */
    private static final String IDEMPOTENCY_PREFIX = "idempotency#";

    private static final String REQUEST_FINGERPRINT = "request_fingerprint";
    private static final String CREATED_PERSON = "created_person";

    private final DynamoDbClient dynamo;
    private final String table;
    private final MeterRegistry metrics;

    public PersonRepository(DynamoDbClient dynamo, DynamoTables tables, MeterRegistry metrics) {
        this.dynamo = dynamo;
        this.table = tables.name(TABLE_ID);
        this.metrics = metrics;
    }

    /**
     * Stores a new person; the id is fresh, and the condition makes sure nothing is ever overwritten. When the SDK
     * retried a put whose first attempt was stored but not answered in time, the retry's refusal is recognised by
     * the write token and counts as the success it was.
     */
    public void insert(Person person) {
        String token = newWriteToken();
        Map<String, AttributeValue> item = new HashMap<>(toItem(person));
        item.put(WRITE_TOKEN, s(token));
        try {
            timed(
                    "PutItem",
                    () -> dynamo.putItem(put -> put.tableName(table)
                            .item(item)
                            .conditionExpression("attribute_not_exists(#id)")
                            .expressionAttributeNames(Map.of("#id", ID))));
        } catch (ConditionalCheckFailedException refused) {
            if (!writtenWith(token, findItem(new PersonId(person.id())))) {
                throw new IllegalStateException("a fresh random id is already taken: " + person.id(), refused);
            }
        }
    }

    /** What a transaction that stores a person and remembers its Idempotency-Key ended with. */
    public enum KeyedInsert {
        INSERTED,
        KEY_USED,
        CONFLICT
    }

    /**
     * Stores a new person and remembers the Idempotency-Key with the request's fingerprint and the person created,
     * until {@code keyExpiry}: both or neither. Both conditions also accept this very write (its token), so the
     * SDK's retry of a transaction that was carried out succeeds as the first attempt did.
     */
    public KeyedInsert insert(
            Person person, IdempotencyKey key, RequestFingerprint fingerprint, Instant keyExpiry, Instant now) {
        String token = newWriteToken();
        Map<String, AttributeValue> personItem = new HashMap<>(toItem(person));
        personItem.put(WRITE_TOKEN, s(token));
        Map<String, AttributeValue> keyItem = new HashMap<>(keyItemKey(key));
        keyItem.put(REQUEST_FINGERPRINT, s(fingerprint.value()));
        keyItem.put(CREATED_PERSON, AttributeValue.fromM(toItem(person)));
        keyItem.put(EXPIRES_AT_EPOCH, n(keyExpiry.getEpochSecond()));
        keyItem.put(WRITE_TOKEN, s(token));
        try {
            timed(
                    "TransactWriteItems",
                    () -> dynamo.transactWriteItems(transaction -> transaction.transactItems(
                            TransactWriteItem.builder()
                                    .put(Put.builder()
                                            .tableName(table)
                                            .item(personItem)
                                            .conditionExpression("attribute_not_exists(#id) OR #token = :token")
                                            .expressionAttributeNames(Map.of("#id", ID, "#token", WRITE_TOKEN))
                                            .expressionAttributeValues(Map.of(":token", s(token)))
                                            .build())
                                    .build(),
                            TransactWriteItem.builder()
                                    .put(Put.builder()
                                            .tableName(table)
                                            .item(keyItem)
                                            .conditionExpression(
                                                    "attribute_not_exists(#id) OR #ttl <= :now OR #token = :token")
                                            .expressionAttributeNames(
                                                    Map.of("#id", ID, "#ttl", EXPIRES_AT_EPOCH, "#token", WRITE_TOKEN))
                                            .expressionAttributeValues(
                                                    Map.of(":token", s(token), ":now", n(now.getEpochSecond())))
                                            .build())
                                    .build())));
            return KeyedInsert.INSERTED;
        } catch (TransactionCanceledException cancelled) {
            List<String> reasons = cancelled.hasCancellationReasons()
                    ? cancelled.cancellationReasons().stream()
                            .map(CancellationReason::code)
                            .toList()
                    : List.of();
            if (reasons.size() == 2 && "ConditionalCheckFailed".equals(reasons.get(1))) {
                return KeyedInsert.KEY_USED;
            }
            if (reasons.contains("TransactionConflict")) {
                return KeyedInsert.CONFLICT;
            }
            throw cancelled;
        }
    }

    /** The create an earlier request with this key made, while the key is remembered. */
    public Optional<KeyedCreate> createdWith(IdempotencyKey key, Instant now) {
        Map<String, AttributeValue> item = timed(
                        "GetItem",
                        () -> dynamo.getItem(
                                get -> get.tableName(table).key(keyItemKey(key)).consistentRead(true)))
                .item();
        if (item == null
                || item.isEmpty()
                || Long.parseLong(item.get(EXPIRES_AT_EPOCH).n()) <= now.getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(new KeyedCreate(
                new RequestFingerprint(item.get(REQUEST_FINGERPRINT).s()),
                fromItem(item.get(CREATED_PERSON).m())));
    }

    /** An Idempotency-Key as remembered: what it was used for, and the person that request created. */
    public record KeyedCreate(RequestFingerprint fingerprint, Person person) {}

    /** A strongly consistent read, so a write acknowledged by any replica is seen by every other. */
    public Optional<Person> find(PersonId id) {
        return findItem(id).map(PersonRepository::fromItem);
    }

    private Optional<Map<String, AttributeValue>> findItem(PersonId id) {
        Map<String, AttributeValue> item = timed(
                        "GetItem",
                        () -> dynamo.getItem(
                                get -> get.tableName(table).key(key(id)).consistentRead(true)))
                .item();
        return item == null || item.isEmpty() || item.containsKey(DELETED_BY) ? Optional.empty() : Optional.of(item);
    }

    /**
     * Replaces the details and raises the version by one, in one conditional write: only when the person exists and
     * its version is one the condition allows, so of concurrent writers holding the same version exactly one wins.
     *
     * <p>The SDK retries an attempt that timed out; when the first attempt was in fact applied, the retry is refused
     * (the version moved on). The write token stored with the update tells that refusal apart from a real conflict.
     *
     * @return the updated person, or why it was not written
     */
    public WriteResult replace(PersonId id, PersonDetails details, Instant now, VersionCondition condition) {
        String token = newWriteToken();
        Map<String, String> names = new HashMap<>(Map.of(
                "#id",
                ID,
                "#name",
                NAME,
                "#surname",
                SURNAME,
                "#surnameKey",
                SURNAME_KEY,
                "#birthdate",
                BIRTHDATE,
                "#address",
                ADDRESS,
                "#updatedAt",
                UPDATED_AT,
                "#version",
                VERSION));
        names.put("#token", WRITE_TOKEN);
        names.put("#deletedBy", DELETED_BY);
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":name",
                s(details.name()),
                ":surname",
                s(details.surname()),
                ":surnameKey",
                s(details.surnameKey()),
                ":birthdate",
                s(details.birthdate().toString()),
                ":address",
                s(details.address()),
                ":updatedAt",
                s(now.toString()),
                ":one",
                n(1)));
        values.put(":token", s(token));
        String expectedVersion = versionCondition(condition, values);
        try {
            UpdateItemResponse updated = timed(
                    "UpdateItem",
                    () -> dynamo.updateItem(update -> update.tableName(table)
                            .key(key(id))
                            .updateExpression("SET #name = :name, #surname = :surname, #surnameKey = :surnameKey, "
                                    + "#birthdate = :birthdate, #address = :address, #updatedAt = :updatedAt, "
                                    + "#version = #version + :one, #token = :token")
                            .conditionExpression(
                                    "attribute_exists(#id) AND attribute_not_exists(#deletedBy)" + expectedVersion)
                            .expressionAttributeNames(names)
                            .expressionAttributeValues(values)
                            .returnValues(ReturnValue.ALL_NEW)));
            return new WriteResult.Written(fromItem(updated.attributes()));
        } catch (ConditionalCheckFailedException missingOrStale) {
            Optional<Map<String, AttributeValue>> current = findItem(id);
            if (writtenWith(token, current)) {
                return new WriteResult.Written(fromItem(current.get()));
            }
            return new WriteResult.Refused(current.map(PersonRepository::fromItem));
        }
    }

    /**
     * Deletes the person when the condition holds, by turning its item into a tombstone: out of the surname index at
     * once (no surname key), invisible to every read, removed by TTL later. The tombstone names the deleting write,
     * so the SDK's retry of a delete that was carried out succeeds too, instead of finding no person.
     *
     * @return the deleted person's last state, or why nothing was deleted
     */
    public WriteResult delete(PersonId id, VersionCondition condition, Instant now) {
        String token = newWriteToken();
        Map<String, AttributeValue> values = new HashMap<>();
        String expectedVersion = versionCondition(condition, values);
        values.put(":token", s(token));
        values.put(":ttl", n(now.plus(TOMBSTONE_LIFETIME).getEpochSecond()));
        Map<String, String> names = new HashMap<>(
                Map.of("#id", ID, "#deletedBy", DELETED_BY, "#surnameKey", SURNAME_KEY, "#ttl", EXPIRES_AT_EPOCH));
        if (!condition.isAny()) {
            names.put("#version", VERSION);
        }
        try {
            Map<String, AttributeValue> deleted = timed(
                            "UpdateItem",
                            () -> dynamo.updateItem(update -> update.tableName(table)
                                    .key(key(id))
                                    .updateExpression("REMOVE #surnameKey SET #deletedBy = :token, #ttl = :ttl")
                                    .conditionExpression("(attribute_exists(#id) AND attribute_not_exists(#deletedBy)"
                                            + expectedVersion + ") OR #deletedBy = :token")
                                    .expressionAttributeNames(names)
                                    .expressionAttributeValues(values)
                                    .returnValues(ReturnValue.ALL_OLD)))
                    .attributes();
            return new WriteResult.Written(fromItem(deleted));
        } catch (ConditionalCheckFailedException missingOrStale) {
            return new WriteResult.Refused(find(id));
        }
    }

    /**
     * One page of the people whose surname key is the given one, in id order, from the index (never a scan). Asks
     * for one item more than the page holds, so the last page says so instead of handing out a cursor to nothing.
     */
    public PeoplePage findBySurname(String surnameKey, int limit, Optional<PageCursor> after) {
        Map<String, AttributeValue> startKey = after.map(cursor -> Map.of(
                        SURNAME_KEY,
                        s(cursor.surnameKey()),
                        ID,
                        s(cursor.lastId().value())))
                .orElse(null);
        QueryResponse response = timed(
                "Query",
                () -> dynamo.query(query -> query.tableName(table)
                        .indexName(SURNAME_INDEX)
                        .keyConditionExpression("#surnameKey = :surnameKey")
                        .expressionAttributeNames(Map.of("#surnameKey", SURNAME_KEY))
                        .expressionAttributeValues(Map.of(":surnameKey", s(surnameKey)))
                        .exclusiveStartKey(startKey)
                        .limit(limit + 1)));
        List<Person> people = new ArrayList<>();
        for (Map<String, AttributeValue> item : response.items()) {
            if (people.size() == limit) {
                break;
            }
            people.add(fromItem(item));
        }
        // More to read: an item beyond the page, or DynamoDB stopped early (its 1 MB limit per query).
        boolean more = response.items().size() > limit
                || (response.hasLastEvaluatedKey()
                        && !response.lastEvaluatedKey().isEmpty()
                        && !people.isEmpty());
        Optional<PageCursor> next = more
                ? Optional.of(new PageCursor(
                        surnameKey, new PersonId(people.get(people.size() - 1).id())))
                : Optional.empty();
        return new PeoplePage(people, next);
    }

    private static String newWriteToken() {
        return UUID.randomUUID().toString();
    }

    private static boolean writtenWith(String token, Optional<Map<String, AttributeValue>> item) {
        return item.map(found -> found.get(WRITE_TOKEN))
                .map(AttributeValue::s)
                .filter(token::equals)
                .isPresent();
    }

    private static String versionCondition(VersionCondition condition, Map<String, AttributeValue> values) {
        if (condition.isAny()) {
            return "";
        }
        List<String> placeholders = new ArrayList<>();
        for (long version : condition.versions()) {
            String placeholder = ":expected" + placeholders.size();
            values.put(placeholder, n(version));
            placeholders.add(placeholder);
        }
        return " AND #version IN (" + String.join(", ", placeholders) + ")";
    }

    private <T> T timed(String operation, Supplier<T> call) {
        Timer.Sample sample = Timer.start(metrics);
        String outcome = "failure";
        try {
            T result = call.get();
            outcome = "success";
            return result;
        } catch (ConditionalCheckFailedException refused) {
            outcome = "condition_failed";
            throw refused;
        } finally {
            sample.stop(Timer.builder("people.dynamodb.calls")
                    .description("DynamoDB calls of the people table, by API operation and outcome")
                    .tag("operation", operation)
                    .tag("outcome", outcome)
                    .register(metrics));
        }
    }

    private static Map<String, AttributeValue> keyItemKey(IdempotencyKey key) {
        return Map.of(ID, s(IDEMPOTENCY_PREFIX + key.value()));
    }

    private static Map<String, AttributeValue> key(PersonId id) {
        return Map.of(ID, s(id.value()));
    }

    private static Map<String, AttributeValue> toItem(Person person) {
        return Map.of(
                ID, s(person.id()),
                NAME, s(person.name()),
                SURNAME, s(person.surname()),
                SURNAME_KEY, s(SurnameKey.of(person.surname())),
                BIRTHDATE, s(person.birthdate().toString()),
                ADDRESS, s(person.address()),
                CREATED_AT, s(person.createdAt().toString()),
                UPDATED_AT, s(person.updatedAt().toString()),
                VERSION, n(person.version()));
    }

    private static Person fromItem(Map<String, AttributeValue> item) {
        return new Person(
                item.get(ID).s(),
                item.get(NAME).s(),
                item.get(SURNAME).s(),
                LocalDate.parse(item.get(BIRTHDATE).s()),
                item.get(ADDRESS).s(),
                Instant.parse(item.get(CREATED_AT).s()),
                Instant.parse(item.get(UPDATED_AT).s()),
                Long.parseLong(item.get(VERSION).n()));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
