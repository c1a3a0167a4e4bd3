package io.cloudsuite.bullets.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "bullets")
public interface BulletsConfig {

    /** Prefix of every Redis key this service writes: the counter is {@code <prefix>:fired_bullets}. */
    @WithDefault("bullets")
    String keyPrefix();

    /** How long an Idempotency-Key is remembered; a retry within this window does not count again. */
    @WithDefault("24h")
    Duration idempotencyTtl();

    /**
     * Most new idempotency records one client address may create per {@link #idempotencyRecordWindow()}; past it a
     * keyed POST is answered 429 and nothing is stored. Bounds how fast one client can push other clients' records
     * out of a full Redis (docs/services/bullets.md, "Idempotency records under a flood"). Far above a player's rate,
     * and above the load tests' 1,000 bullets/s from one machine.
     */
    @WithDefault("120000")
    int idempotencyRecordsPerClient();

    /** The fixed window {@link #idempotencyRecordsPerClient()} counts in. */
    @WithDefault("1m")
    Duration idempotencyRecordWindow();
}
