package io.cloudsuite.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it: a lease, a key lifetime or a rate window then runs out exactly
 * when the test says, on any machine load, and no test sleeps through one. It starts at the real time (to the
 * millisecond, as the services store it), so what it stamps looks like any other data in a shared backend.
 *
 * <p>Install it for one test in place of the service's clock (service-commons' {@code ClockConfiguration}):
 * {@code QuarkusMock.installMockForType(clock, Clock.class)} in a {@code @BeforeEach}; Quarkus takes it out again
 * after the test. Only for {@code @QuarkusTest}: a packaged jar keeps its real clock.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock standing at the real time now, in UTC. */
    public static TestClock startingNow() {
        return new TestClock(new AtomicReference<>(Instant.now().truncatedTo(ChronoUnit.MILLIS)), ZoneOffset.UTC);
    }

    /** Moves the time forward by {@code duration}; every reader sees the new time at once. */
    public Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + duration);
        }
        return now.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving time seen from another zone: advancing either clock moves both. */
    @Override
    public Clock withZone(ZoneId otherZone) {
        return otherZone.equals(zone) ? this : new TestClock(now, otherZone);
    }
}
