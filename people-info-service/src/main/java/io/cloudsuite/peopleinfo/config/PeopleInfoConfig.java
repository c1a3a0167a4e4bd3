package io.cloudsuite.peopleinfo.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings. */
@ConfigMapping(prefix = "people-info")
public interface PeopleInfoConfig {

    Dynamodb dynamodb();

    Cache cache();

    /** People per DynamoDB query of the original API's list, which is written to the client page by page. */
    @WithDefault("100")
    int legacyListPageSize();

    /** How long a create's Idempotency-Key is remembered: a retry with it within this time makes no second person. */
    @WithDefault("24h")
    Duration idempotencyTtl();

    interface Dynamodb {

        /**
         * The people table's name. Declared here so the key belongs to this mapping, but read through
         * service-dynamodb's {@code DynamoTables}: tables.json names this key ({@code name_property}) and holds the
         * default, so there is one place for it.
         */
        Optional<String> peopleTable();
    }

    interface Cache {

        /** How long a person read by id stays cached; writes replace or drop the entry before this. */
        @WithDefault("5m")
        Duration ttl();

        /**
         * Upper bound of one cache call. The cache is optional: a call that takes longer counts as a cache error
         * and the request goes on with DynamoDB, so a stalled Redis adds at most this much to a request.
         */
        @WithDefault("100ms")
        Duration timeout();

        /** Prefix of every Redis key this service writes: a person is {@code <prefix>:person:<id>}. */
        @WithDefault("people-info")
        String keyPrefix();
    }
}
