package io.cloudsuite.loadtests;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * stream-limiter-service's SLO (its seed set none; this suite does): players arrive at a constant rate, each for one
 * of a few viewers, so several players of one viewer compete for its 3 slots at once. A player starts a stream (201,
 * or 429 when the viewer is at the limit), heartbeats it a few times and ends it (DELETE or PATCH
 * {@code video_ended}). Checked from the answers alone ({@link StreamLedger}): no viewer ever holds more than the
 * limit, no 429 lists more than the limit; and zero 5xx (every answer is one the contract allows).
 *
 * <p>Parameters ({@link LoadParameters}): {@code base-url} (default http://localhost:8083), {@code rate} (players
 * per second, 50), {@code duration} (seconds, 60), {@code ramp} (seconds to reach the rate, 30: {@link Arrivals}),
 * {@code viewers} (10), {@code heartbeats} (per stream, 2),
 * {@code hold-ms} (pause before each heartbeat and the end, 200), {@code limit} (3), {@code read-only}
 * (production: only {@code GET /api/v1/streams}, which starts nothing). Viewer addresses are random per run
 * ({@code 10.x.y.1..n}), so runs against one environment do not share viewers.
 */
public class StreamLimiterSimulation extends Simulation {

    private static final String VIEWER = "X-Forwarded-For";

    private final String baseUrl = LoadParameters.baseUrl(8083);
    private final double rate = LoadParameters.decimal("rate", 50);
    private final Duration duration = LoadParameters.seconds("duration", 60);
    private final Duration ramp = LoadParameters.seconds("ramp", 30);
    private final int viewers = LoadParameters.integer("viewers", 10);
    private final int heartbeats = LoadParameters.integer("heartbeats", 2);
    private final Duration hold = Duration.ofMillis(LoadParameters.integer("hold-ms", 200));
    private final int limit = LoadParameters.integer("limit", 3);
    private final boolean readOnly = LoadParameters.readOnly();

    private final StreamLedger ledger = new StreamLedger(limit);
    private final String viewerPrefix = "10." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(256) + ".";

    private final HttpProtocolBuilder protocol = Protocols.json(baseUrl);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Iterator<Map<String, Object>> viewerFeeder = Stream.generate(() -> Map.<String, Object>of(
                    "viewer", viewerPrefix + (1 + ThreadLocalRandom.current().nextInt(viewers))))
            .iterator();

    private final ChainBuilder start = exec(http("start a stream")
            .post("/api/v1/stream")
            .header(VIEWER, "#{viewer}")
            .header("Content-Type", "application/json")
            .body(StringBody("{\"video_name\":\"load-check\"}"))
            .check(
                    status().saveAs("status"),
                    status().in(201, 429),
                    jsonPath("$.id").optional().saveAs("streamId"),
                    // The verdict reads the answer itself: values saved by the checks above are not yet in the session.
                    bodyString().transformWithSession(this::verdictOnStart).is(StreamLedger.WITHIN_LIMIT)));

    private final ChainBuilder heartbeat = exec(
            pause(hold),
            exec(http("heartbeat")
                    .put("/api/v1/stream/#{streamId}/heartbeat")
                    .header(VIEWER, "#{viewer}")
                    .check(status().is(200), jsonPath("$.expires_at").saveAs("expiresAt"))),
            exec(session -> {
                ledger.renewed(
                        session.getString("viewer"), session.getString("streamId"), session.getString("expiresAt"));
                return session;
            }));

    private final ChainBuilder end = exec(
            pause(hold),
            exec(session -> {
                ledger.ending(session.getString("viewer"), session.getString("streamId"));
                return session;
            }),
            uniformRandomSwitch()
                    .on(
                            exec(http("end a stream (DELETE)")
                                    .delete("/api/v1/stream/#{streamId}")
                                    .header(VIEWER, "#{viewer}")
                                    .check(status().is(204))),
                            exec(http("end a stream (PATCH video_ended)")
                                    .patch("/api/v1/stream/#{streamId}")
                                    .header(VIEWER, "#{viewer}")
                                    .header("Content-Type", "application/json")
                                    .body(StringBody("{\"video_ended\":true}"))
                                    .check(status().is(200)))));

    private final ScenarioBuilder player = scenario("players")
            .feed(viewerFeeder)
            .exec(start)
            .exec(doIf(session -> session.getInt("status") == 201 && session.contains("streamId"))
                    .then(exec(repeat(heartbeats).on(heartbeat), end)));

    private final ScenarioBuilder reader = scenario("read a viewer's streams")
            .feed(viewerFeeder)
            .exec(http("list a viewer's streams")
                    .get("/api/v1/streams")
                    .header(VIEWER, "#{viewer}")
                    .check(
                            status().is(200),
                            jsonPath("$.limit").ofInt().saveAs("limit"),
                            jsonPath("$.active[*]").count().lte(session -> session.getInt("limit"))));

    {
        setUp((readOnly ? reader : player).injectOpen(Arrivals.rampThenConstant(rate, ramp, duration)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    private String verdictOnStart(String body, Session session) {
        String viewer = session.getString("viewer");
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException unreadable) {
            return "an answer that is not JSON: " + body;
        }
        if (answer.hasNonNull("id")) {
            return ledger.started(
                    viewer,
                    answer.path("id").asText(),
                    answer.path("expires_at").asText(null));
        }
        return ledger.refused(viewer, answer.path("active").size());
    }
}
