package io.cloudsuite.commons.backend;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long a service waits for its backends, and what it tells clients when they are down. */
@ConfigMapping(prefix = "suite.backend")
public interface BackendConfig {

    /**
     * Upper bound for one backend call. Client libraries do not bound reactive commands themselves (a stalled
     * Redis makes them wait 20 s and more), so every call is bounded here, below the 2 s clients may wait for a 503.
     */
    @WithDefault("1500ms")
    Duration timeout();

    /** Sent as Retry-After with every 503. */
    @WithDefault("1s")
    Duration retryAfter();
}
