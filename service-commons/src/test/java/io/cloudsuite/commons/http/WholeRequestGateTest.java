package io.cloudsuite.commons.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.RawHttp;
import io.cloudsuite.testing.RawHttp.Answer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A request the server never finished reading is never acted on: the count of performed writes rises exactly by the
 * number of 2xx answers. (This module's tests give a body 1 s to arrive: src/test/resources/application.properties.)
 */
@QuarkusTest
class WholeRequestGateTest {

    private static final String COUNT = "/fixture/writes/count";

    @Test
    void onlyRequestsReadInFullArePerformed() {
        long before = WriteFixtureResource.PERFORMED.get();
        List<String> unfinished = List.of(
                post("Content-Length: 100", "hello"),
                post("Transfer-Encoding: chunked", "2;ext=1\r\nab\r\n0\r\n\r\n"),
                post("Transfer-Encoding: chunked", "zz\r\nab\r\n0\r\n\r\n"),
                post("Transfer-Encoding: chunked", "5\r\nhello\r\n"));
        List<String> complete = List.of(
                post("Content-Length: 5", "hello"),
                post("Transfer-Encoding: chunked", "5\r\nhello\r\n0\r\n\r\n"),
                post("Content-Length: 0", ""),
                "POST " + COUNT + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        unfinished.forEach(RawHttp::sendAndHangUp);
        long successes = 0;
        for (String request : complete) {
            Answer answer = RawHttp.exchange(request);
            successes += answer.status() / 100 == 2 ? 1 : 0;
        }

        assertEquals(complete.size(), successes);
        // The hung-up requests' connections are closed by now: any late action would already show.
        assertEquals(before + successes, WriteFixtureResource.PERFORMED.get());
    }

    @Test
    void aBodyThatStopsArrivingIsA408ProblemAndNothingIsPerformed() {
        long before = WriteFixtureResource.PERFORMED.get();

        Answer answer = RawHttp.exchange(post("Content-Length: 100", "hello"));

        assertEquals(408, answer.status(), answer::toString);
        assertThat(answer.header("Content-Type"), startsWith("application/problem+json"));
        assertThat(answer.body(), containsString("nothing was done"));
        assertTrue(answer.closed(), "the rest of the body must not be taken for a next request");
        assertEquals(before, WriteFixtureResource.PERFORMED.get());
    }

    @Test
    void anOperationOnTheEventLoopReceivesTheWholeBody() {
        String name = "A".repeat(100_000);
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"age\":36}")
                .when()
                .post("/fixture/writes/echo")
                .then()
                .statusCode(200)
                .body("name", equalTo(name))
                .body("age", equalTo(36));
    }

    @Test
    void anOperationOnAWorkerThreadReceivesTheWholeBody() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Ada\",\"age\":36}")
                .when()
                .post("/fixture/people")
                .then()
                .statusCode(200)
                .body("name", equalTo("Ada"));
    }

    private static String post(String framing, String body) {
        return "POST " + COUNT + " HTTP/1.1\r\nHost: localhost\r\n" + framing + "\r\n\r\n" + body;
    }
}
