package io.cloudsuite.loadtests;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.http.response.Response;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * people-info-service's SLO (its seed set none; this suite does): clients arrive at a constant rate, each creating a
 * person under a surname of its own, reading it several times (the repeats come from the cache), updating it with
 * its ETag a few times, listing its surname, and deleting it. Every answer is checked, and no update is ever lost:
 * each update's version is the previous one plus one, a replay with the now stale ETag gets 412 (never a second
 * 200), the next read (cached or not) shows the new value and ETag, and If-None-Match with it gets 304. Zero failed
 * requests (so zero 5xx once the bounded retries of a 503 are spent: {@link Retries}), and the 95th percentile under
 * {@code p95-ms} (default 200 ms).
 *
 * <p>Parameters ({@link LoadParameters}): {@code base-url} (default http://localhost:8084), {@code rate} (new
 * people per second, 50), {@code duration} (seconds, 60), {@code ramp} (seconds to reach the rate, 30:
 * {@link Arrivals}), {@code reads} (GETs after the create, 5),
 * {@code updates} (3), {@code p95-ms}, {@code attempts} (sends of a request after 503s, 5), {@code read-only} (production: a surname listing and {@code /status} only,
 * no person created).
 */
public class PeopleInfoSimulation extends Simulation {

    private static final String PEOPLE = "/api/v1/people";

    private final String baseUrl = LoadParameters.baseUrl(8084);
    private final double rate = LoadParameters.decimal("rate", 50);
    private final Duration duration = LoadParameters.seconds("duration", 60);
    private final Duration ramp = LoadParameters.seconds("ramp", 30);
    private final int reads = LoadParameters.integer("reads", 5);
    private final int updates = LoadParameters.integer("updates", 3);
    private final int p95Millis = LoadParameters.integer("p95-ms", 200);
    private final boolean readOnly = LoadParameters.readOnly();

    /** Surnames unique to this run and client, so a listing holds exactly the client's own person. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private final AtomicLong clients = new AtomicLong();
    private final Iterator<Map<String, Object>> surnames = Stream.generate(
                    () -> Map.<String, Object>of("surname", "Load-" + run + "-" + clients.incrementAndGet()))
            .iterator();

    private final HttpProtocolBuilder protocol = Protocols.json(baseUrl);

    /** Sends of one request at most (parameter {@code attempts}): a 503 is retried after its Retry-After. */
    private final int attempts = Retries.attempts();

    /** The checks of a request that answered something else than a 503 (a 503 is retried: {@link Retries}). */
    private static boolean answered(Response response, Session session) {
        return response.status().code() != 503;
    }

    /** Keyed: a create retried after a 503 (which may have been stored) replays the first answer, never a second person. */
    private final ChainBuilder create = exec(session -> session.set("address", "1 Load Street")
                    .set("createKey", UUID.randomUUID().toString()))
            .exec(Retries.untilPast503(
                    attempts,
                    http("create")
                            .post(PEOPLE)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", "#{createKey}")
                            .body(StringBody(
                                    "{\"name\":\"Ada\",\"surname\":\"#{surname}\",\"birthdate\":\"1990-02-28\","
                                            + "\"address\":\"#{address}\"}"))
                            .check(Retries.statusChecks(attempts, List.of(201), List.of()))
                            .checkIf(PeopleInfoSimulation::answered)
                            .then(
                                    header("Location").exists(),
                                    jsonPath("$.id").saveAs("id"),
                                    jsonPath("$.version").ofLong().is(1L).saveAs("version"),
                                    header("ETag").saveAs("etag"))));

    /** A read must show the last acknowledged write: its ETag and its address, from the cache or not. */
    private final ChainBuilder read = Retries.untilPast503(
            attempts,
            http("get (cached)")
                    .get(PEOPLE + "/#{id}")
                    .check(Retries.statusChecks(attempts, List.of(200), List.of()))
                    .checkIf(PeopleInfoSimulation::answered)
                    .then(
                            header("ETag").is(session -> session.getString("etag")),
                            jsonPath("$.address").is(session -> session.getString("address"))));

    /**
     * A retried update whose first attempt was applied (its 503 said it may have been) gets 412: its ETag is the one
     * it replaced. As the contract asks, the client then reads the person: it must show exactly this update.
     */
    private final ChainBuilder confirmUpdateApplied = exec(http("read after a retried update's 412")
            .get(PEOPLE + "/#{id}")
            .check(
                    status().is(200),
                    jsonPath("$.version")
                            .ofLong()
                            .is(session -> session.getLong("version") + 1)
                            .saveAs("version"),
                    jsonPath("$.address").is(session -> session.getString("address")),
                    header("ETag").saveAs("etag")));

    private final ChainBuilder update = exec(session -> session.set("staleEtag", session.getString("etag"))
                    .set("address", (session.getLong("version") + 1) + " Update Street"))
            .exec(Retries.untilPast503(
                    attempts,
                    http("update with If-Match")
                            .put(PEOPLE + "/#{id}")
                            .header("Content-Type", "application/json")
                            .header("If-Match", "#{etag}")
                            .body(StringBody(
                                    "{\"name\":\"Ada\",\"surname\":\"#{surname}\",\"birthdate\":\"1990-02-28\","
                                            + "\"address\":\"#{address}\"}"))
                            .check(Retries.statusChecks(attempts, List.of(200), List.of(412)))
                            .checkIf((response, session) -> response.status().code() == 200)
                            .then(
                                    jsonPath("$.version")
                                            .ofLong()
                                            .is(session -> session.getLong("version") + 1)
                                            .saveAs("version"),
                                    jsonPath("$.address").is(session -> session.getString("address")),
                                    header("ETag").saveAs("etag"))))
            .doIf(session -> Retries.lastStatusWas(session, 412))
            .then(confirmUpdateApplied)
            .exec(Retries.untilPast503(
                    attempts,
                    http("replay with the stale ETag")
                            .put(PEOPLE + "/#{id}")
                            .header("Content-Type", "application/json")
                            .header("If-Match", "#{staleEtag}")
                            .body(StringBody(
                                    "{\"name\":\"Lost\",\"surname\":\"#{surname}\",\"birthdate\":\"1990-02-28\","
                                            + "\"address\":\"lost update\"}"))
                            .check(Retries.statusChecks(attempts, List.of(412), List.of()))))
            .exec(read)
            .exec(Retries.untilPast503(
                    attempts,
                    http("get If-None-Match")
                            .get(PEOPLE + "/#{id}")
                            .header("If-None-Match", "#{etag}")
                            .check(Retries.statusChecks(attempts, List.of(304), List.of()))));

    private final ChainBuilder list = Retries.untilPast503(
            attempts,
            http("list by surname")
                    .get(PEOPLE)
                    .queryParam("surname", "#{surname}")
                    .check(Retries.statusChecks(attempts, List.of(200), List.of()))
                    .checkIf(PeopleInfoSimulation::answered)
                    .then(
                            jsonPath("$.items[*]").count().is(1),
                            jsonPath("$.items[0].id").is(session -> session.getString("id")),
                            jsonPath("$.items[0].version").ofLong().is(session -> session.getLong("version"))));

    /** A retried delete whose first attempt was applied finds the person gone (404); the read after checks it is. */
    private final ChainBuilder delete = exec(Retries.untilPast503(
                    attempts,
                    http("delete")
                            .delete(PEOPLE + "/#{id}")
                            .header("If-Match", "#{etag}")
                            .check(Retries.statusChecks(attempts, List.of(204), List.of(404)))))
            .exec(Retries.untilPast503(
                    attempts,
                    http("get after delete")
                            .get(PEOPLE + "/#{id}")
                            .check(Retries.statusChecks(attempts, List.of(404), List.of()))));

    private final ScenarioBuilder client = scenario("people clients")
            .feed(surnames)
            .exec(create, repeat(reads).on(read), repeat(updates).on(update), list, delete);

    private final ScenarioBuilder reader = scenario("read-only checks")
            .feed(surnames)
            .exec(
                    http("list by surname")
                            .get(PEOPLE)
                            .queryParam("surname", "#{surname}")
                            .check(
                                    status().is(200),
                                    jsonPath("$.items[*]").count().is(0)),
                    http("status")
                            .get("/status")
                            .check(status().is(200), jsonPath("$.status").is("ok")));

    {
        setUp((readOnly ? reader : client).injectOpen(Arrivals.rampThenConstant(rate, ramp, duration)))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().count().is(0L),
                        global().responseTime().percentile(95.0).lt(p95Millis));
    }
}
