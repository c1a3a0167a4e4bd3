package io.cloudsuite.loadtests;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * counted once, none counted without an acknowledgement).
 *
 * <p>Parameters ({@link LoadParameters}): {@code base-url} (default http://localhost:8081), {@code rate} (bullets per
 * second, default 100), {@code duration} (seconds, default 60), {@code read-only} (production: read the counter at
 * the rate instead of firing; the exactly-once check needs a counter nobody else moves, so it is skipped).
 */
public class BulletsSimulation extends Simulation {

    static final String FIRE = "/api/v1/player/fired_bullet";
    static final String TOTAL = "/api/v1/player/fired_bullets";
    static final String EXACTLY_ONCE = "counter rose by exactly the 2xx answers";

    private final String baseUrl = LoadParameters.baseUrl(8081);
    private final double rate = LoadParameters.decimal("rate", 100);
    private final Duration duration = LoadParameters.seconds("duration", 60);
    private final boolean readOnly = LoadParameters.readOnly();

    /** The counter before the first bullet, and the 2xx answers to bullets, for the exactly-once check. */
    private final AtomicLong counterBefore = new AtomicLong(-1);
    private final AtomicLong acknowledged = new AtomicLong();

    private final HttpProtocolBuilder protocol = Protocols.json(baseUrl);

    private final ScenarioBuilder readBefore = scenario("read the counter before")
            .exec(http("counter before").get(TOTAL)
                    .check(status().is(200), jsonPath("$.fired_bullets").ofLong().gte(0L).saveAs("total")))
            .exec(session -> {
                counterBefore.set(session.getLong("total"));
                return session;
            });

    private final ChainBuilder fireOne = ChainBuilder.EMPTY.exec(http("fire a bullet").post(FIRE)
                    .check(
                            // Saved first: a later failed check stops the rest, and every 2xx must be counted.
                            status().saveAs("status"),
                            status().is(201),
                            jsonPath("$.fired_bullets").ofLong().gt(session -> counterBefore.get())))
            .exec(this::countAcknowledged);

    private final ChainBuilder readOne = ChainBuilder.EMPTY.exec(http("read the counter").get(TOTAL)
            .check(status().is(200), jsonPath("$.fired_bullets").ofLong().gte(session -> counterBefore.get())));

    private final ScenarioBuilder load = scenario(readOnly ? "read the counter" : "fire bullets")
            .exec(readOnly ? readOne : fireOne);

    private final ScenarioBuilder readAfter = scenario("read the counter after")
            .exec(http(EXACTLY_ONCE).get(TOTAL)
                    .check(status().is(200),
                            jsonPath("$.fired_bullets").ofLong().is(session -> counterBefore.get() + acknowledged.get())));

    {
        var loadPhase = load.injectOpen(constantUsersPerSec(rate).during(duration));
        var phases = readOnly
                ? readBefore.injectOpen(atOnceUsers(1)).andThen(loadPhase)
                : readBefore.injectOpen(atOnceUsers(1)).andThen(loadPhase.andThen(readAfter.injectOpen(atOnceUsers(1))));
        var assertions = new ArrayList<Assertion>(List.of(global().successfulRequests().percent().gt(98.0)));
        if (!readOnly) {
            assertions.add(details(EXACTLY_ONCE).allRequests().count().is(1L));
            assertions.add(details(EXACTLY_ONCE).successfulRequests().percent().is(100.0));
        }
        setUp(phases).protocols(protocol).assertions(assertions);
    }

    private Session countAcknowledged(Session session) {
        if (session.contains("status")) {
            int status = session.getInt("status");
            if (status >= 200 && status < 300) {
                acknowledged.incrementAndGet();
            }
        }
        return session.remove("status");
    }
}
