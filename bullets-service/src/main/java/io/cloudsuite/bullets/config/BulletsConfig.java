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
}
