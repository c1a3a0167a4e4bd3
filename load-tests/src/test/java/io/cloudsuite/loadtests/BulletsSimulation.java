package io.cloudsuite.loadtests;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * bullets-service's SLO, as its seed's pipeline checked it after every deploy: a constant arrival rate of bullets
 * (100 or 1,000 req/s locally, up to 10,000 against a deployed environment) of which more than 98 % succeed, and,
 * once every answer is in, the shared counter rose by exactly the number of 2xx answers (each acknowledged bullet
 * counted once, none counted without an acknowledgement). Bullets carry an Idempotency-Key and are retried with it
 * after a 503, as the service's contract asks, so a command that ran although its answer was a 503 counts once.
 *
 * <p>Parameters ({@link LoadParameters}): {@code base-url} (default http://localhost:8081), {@code rate} (bullets per
 * second, default 100), {@code duration} (seconds, default 60), {@code ramp} (seconds to reach the rate, default 0:
 * the seed's pipeline fired at full rate from the first second; {@link Arrivals}), {@code attempts} (per bullet, 5),
 * {@code success-percent} (98), {@code read-only} (production: read the counter at the rate instead of firing; the
 * exactly-once check needs a counter nobody else moves, so it is skipped).
 */
public class BulletsSimulation extends Simulation {

    static final String FIRE = "/api/v1/player/fired_bullet";
    static final String TOTAL = "/api/v1/player/fired_bullets";
    static final String EXACTLY_ONCE = "counter rose by exactly the 2xx answers";

    private final String baseUrl = LoadParameters.baseUrl(8081);
    private final double rate = LoadParameters.decimal("rate", 100);
    private final Duration duration = LoadParameters.seconds("duration", 60);
    private final Duration ramp = LoadParameters.seconds("ramp", 0);
    private final boolean readOnly = LoadParameters.readOnly();

    /** The counter before the first bullet, and the 2xx answers to bullets, for the exactly-once check. */
    private final AtomicLong counterBefore = new AtomicLong(-1);

    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong unresolved = new AtomicLong();
    private final int attempts = LoadParameters.integer("attempts", 5);
    private final double successPercent = LoadParameters.decimal("success-percent", 98);
    private final Duration retryPause = Duration.ofSeconds(1);

    private final HttpProtocolBuilder protocol = Protocols.json(baseUrl);

    private final ScenarioBuilder readBefore = scenario("read the counter before")
            .exec(http("counter before")
                    .get(TOTAL)
                    .check(
                            status().is(200),
                            jsonPath("$.fired_bullets").ofLong().gte(0L).saveAs("total")))
            .exec(session -> {
                counterBefore.set(session.getLong("total"));
                return session;
            });

    /**
     * One bullet, as the service's contract asks a client that must not lose or double-count it: a fresh
     * Idempotency-Key, and on a 503 (not acknowledged; the command may still have run) the same request again with
     * the same key after the Retry-After pause, up to {@code attempts} times. A replay counts nothing and answers
     * the first answer, so every acknowledged key is exactly one bullet whatever ran twice underneath.
     */
    private final ChainBuilder fireOne = ChainBuilder.EMPTY
            .exec(session -> session.set("key", UUID.randomUUID().toString()).remove("status"))
            .tryMax(attempts)
            .on(
                    doIf(session -> session.contains("status")).then(pause(retryPause)),
                    exec(http("fire a bullet")
                            .post(FIRE)
                            .header("Idempotency-Key", "#{key}")
                            .check(
                                    // Saved first: every 2xx must be counted whatever the later checks say.
                                    status().saveAs("status"),
                                    status().is(201),
                                    jsonPath("$.fired_bullets").ofLong().gt(session -> counterBefore.get()))))
            .exec(this::countOutcome);

    private final ChainBuilder readOne = ChainBuilder.EMPTY.exec(http("read the counter")
            .get(TOTAL)
            .check(status().is(200), jsonPath("$.fired_bullets").ofLong().gte(session -> counterBefore.get())));

    private final ScenarioBuilder load =
            scenario(readOnly ? "read the counter" : "fire bullets").exec(readOnly ? readOne : fireOne);

    private final ScenarioBuilder readAfter = scenario("read the counter after")
            .exec(http(EXACTLY_ONCE)
                    .get(TOTAL)
                    .check(
                            status().is(200),
                            jsonPath("$.fired_bullets")
                                    .ofLong()
                                    .is(session -> counterBefore.get() + acknowledged.get()),
                            // A bullet never acknowledged after every retry may or may not have counted.
                            status().transform(status -> unresolved.get()).is(0L)));

    {
        var loadPhase = load.injectOpen(Arrivals.rampThenConstant(rate, ramp, duration));
        var phases = readOnly
                ? readBefore.injectOpen(atOnceUsers(1)).andThen(loadPhase)
                : readBefore
                        .injectOpen(atOnceUsers(1))
                        .andThen(loadPhase.andThen(readAfter.injectOpen(atOnceUsers(1))));
        var assertions = new ArrayList<Assertion>(
                List.of(global().successfulRequests().percent().gt(successPercent)));
        if (!readOnly) {
            assertions.add(details(EXACTLY_ONCE).allRequests().count().is(1L));
            assertions.add(details(EXACTLY_ONCE).successfulRequests().percent().is(100.0));
        }
        setUp(phases).protocols(protocol).assertions(assertions);
    }

    private Session countOutcome(Session session) {
        int status = session.contains("status") ? session.getInt("status") : 0;
        if (status >= 200 && status < 300) {
            acknowledged.incrementAndGet();
        } else {
            unresolved.incrementAndGet();
        }
        // The retries' failures are already in the statistics; the user goes on as a success.
        return session.markAsSucceeded();
    }
}
