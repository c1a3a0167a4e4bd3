package io.cloudsuite.loadtests;

import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * mirror-clock-service's SLO (its seed set none; this suite does): at a constant arrival rate (default 1,000 req/s)
 * of random readings, three quarters valid, every answer is right — a valid reading gets 200 with the real time
 * this simulation works out independently ({@link MirrorReadings#realTime}), an invalid one gets 400 problem+json —
 * and the 99th percentile stays under {@code p99-ms} (default 25 ms). Both the current and the original path.
 *
 * <p>Parameters ({@link LoadParameters}): {@code base-url} (default http://localhost:8082), {@code rate},
 * {@code duration} (seconds, default 60), {@code ramp} (seconds to reach the rate, default 30: {@link Arrivals}),
 * {@code p99-ms}. Every request only reads, so production runs it as is.
 */
public class MirrorClockSimulation extends Simulation {

    private final String baseUrl = LoadParameters.baseUrl(8082);
    private final double rate = LoadParameters.decimal("rate", 1000);
    private final Duration duration = LoadParameters.seconds("duration", 60);
    private final Duration ramp = LoadParameters.seconds("ramp", 30);
    private final int p99Millis = LoadParameters.integer("p99-ms", 25);

    private final HttpProtocolBuilder protocol = Protocols.json(baseUrl);

    private final ScenarioBuilder readings = scenario("mirror readings")
            .feed(new MirrorReadings(0.75))
            .randomSwitch()
            .on(percent(50).then(readingOn("/api/v1/clock")), percent(50).then(readingOn("/clock")));

    {
        setUp(readings.injectOpen(Arrivals.rampThenConstant(rate, ramp, duration)))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().count().is(0L),
                        global().responseTime().percentile(99.0).lt(p99Millis));
    }

    /** One request for the next reading on one path, with the answer it must get. */
    private static ChainBuilder readingOn(String path) {
        return doIfOrElse(session -> session.getBoolean("valid"))
                .then(exec(http("valid reading " + path)
                        .get(path)
                        .queryParam("mirror_time", session -> session.getString("reading"))
                        .check(
                                status().is(200),
                                jsonPath("$.mirror_time").is(session -> session.getString("normalised")),
                                jsonPath("$.actual_time").is(session -> session.getString("expected")))))
                .orElse(exec(http("invalid reading " + path)
                        .get(path)
                        .queryParam("mirror_time", session -> session.getString("reading"))
                        .check(
                                status().is(400),
                                header("Content-Type")
                                        .transform(type -> type.startsWith("application/problem+json"))
                                        .is(true),
                                jsonPath("$.status").ofInt().is(400))));
    }
}
