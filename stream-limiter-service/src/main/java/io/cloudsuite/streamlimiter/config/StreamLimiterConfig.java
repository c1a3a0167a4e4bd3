package io.cloudsuite.streamlimiter.config;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "stream-limiter")
public interface StreamLimiterConfig {

    /** Most streams one viewer may have active at once. */
    @WithDefault("3")
    @Min(1)
    int limit();

    /**
     * How long a stream stays active without a heartbeat. A player that crashes without ending its stream holds
     * the slot at most this long.
     */
    @WithDefault("120s")
    Duration lease();

    /** How long an Idempotency-Key is remembered; a retried start within this window takes no second slot. */
    @WithDefault("24h")
    Duration idempotencyTtl();

    Dynamodb dynamodb();

    interface Dynamodb {
        /**
         * The streams table's name. Declared here so the configuration is validated as a whole; service-dynamodb's
         * DynamoTables reads it (its default is the table's default_name in dynamodb/tables.json).
         */
        Optional<String> streamsTable();
    }
}
