package io.cloudsuite.commons.http;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The limits a service enforces itself, before routing, so that a request over one is answered as problem+json.
 *
 * <p>The HTTP codec has its own, higher limits ({@code quarkus.http.limits.max-initial-line-length} and
 * {@code max-header-size}, set to the load balancer's in the shared config): a request over those never reaches
 * a route and gets the codec's empty answer (docs/architecture.md, "Errors below the REST layer").
 */
@ConfigMapping(prefix = "suite.http")
public interface HttpLimitsConfig {

    /** Longest request target (path and query) answered; a longer one gets 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** Largest header section (every name and value) answered; a larger one gets 431. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();

    /** Largest request body; a larger one, declared or streamed, gets 413. Quarkus' own check uses the same value. */
    @WithDefault("${quarkus.http.limits.max-body-size}")
    MemorySize maxBodySize();

    /**
     * Most application requests in progress at once; one more gets 503 at once ({@link InFlightLimit}). Far above
     * what a replica serves at its best (256 concurrent clients in the benchmarks), far below what fills its heap.
     */
    @WithDefault("512")
    int maxInFlight();

    /**
     * How long a client may take to send a request's header section once its first byte arrived; a connection still
     * short of it then is closed ({@link StrictRequestDecoder}). Idle connections between requests are closed by
     * {@code quarkus.http.idle-timeout} instead, which must outlast the load balancer's own idle timeout.
     */
    @WithDefault("10s")
    Duration headerReadTimeout();

    /** How long a client may take to send a request body once it started; slower ones get 408. */
    @WithDefault("10s")
    Duration bodyReadTimeout();

    /**
     * Most bytes of request bodies held in memory at once by this replica, across all requests
     * ({@link BufferedBodies}); a body that would go past it gets 503 at once. A share of the heap sized so that the
     * bodies being read can never exhaust it, whatever the clients declare (docs/architecture.md, "Memory budget").
     */
    @WithDefault("32M")
    MemorySize bufferedBodiesBudget();
}
