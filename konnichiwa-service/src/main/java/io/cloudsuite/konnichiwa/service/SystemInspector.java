package io.cloudsuite.konnichiwa.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Singleton;

import com.sun.management.OperatingSystemMXBean;

import io.cloudsuite.konnichiwa.config.KonnichiwaConfig;
import io.quarkus.runtime.Startup;

/**
 * Reads the host and this process for {@code /inspect}, cheaply enough for the event loop: the facts that never
 * change are read once; CPU and memory at most once per sample interval, by whichever request finds the sample
 * stale (the others answer from the previous one meanwhile); the time and the uptimes on every request.
 *
 * <p>Built at start, so the first sample (which primes the OS bean's CPU counters) is taken before the first request,
 * and a host it cannot read fails the start rather than a request.
 *
 * <p>Sampling on an interval also gives the CPU figure a meaning: the OS bean reports the load since its previous
 * call, which over the microseconds between two requests would be noise.
 */
@Startup
@Singleton
public class SystemInspector {

    private static final long RETRY_UNKNOWN_CPU_NANOS = 50_000_000L;

    private final Clock clock;
    private final OperatingSystemMXBean os;
    private final HostFacts facts;
    private final long sampleIntervalNanos;
    private final AtomicBoolean sampling = new AtomicBoolean();
    private volatile ResourceSample latest;

    /** @param clock the service's clock: the report's time (uptimes are the host's own, on its monotonic timer) */
    public SystemInspector(KonnichiwaConfig config, Clock clock) {
        this.clock = clock;
        this.os = ResourceSample.operatingSystem();
        this.facts = HostFacts.read();
        this.sampleIntervalNanos = config.inspect().sampleInterval().toNanos();
        this.latest = ResourceSample.take(os);
    }

    public Inspection inspect() {
        long now = System.nanoTime();
        // The report shows the service's time zone; the clock itself is UTC.
        OffsetDateTime time = OffsetDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
        return new Inspection(time, facts, facts.hostUptimeSeconds(now), facts.processUptimeSeconds(now), current(now));
    }

    private ResourceSample current(long now) {
        ResourceSample sample = latest;
        long age = now - sample.takenAtNanos();
        // The very first reading knows no CPU figure yet: the next request a moment later asks again.
        boolean stale = age >= sampleIntervalNanos || !sample.knowsCpu() && age >= RETRY_UNKNOWN_CPU_NANOS;
        if (stale && sampling.compareAndSet(false, true)) {
            try {
                sample = ResourceSample.take(os);
                latest = sample;
            } finally {
                sampling.set(false);
            }
        }
        return sample;
    }
}
