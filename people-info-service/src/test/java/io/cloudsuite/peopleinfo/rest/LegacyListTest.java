package io.cloudsuite.peopleinfo.rest;

import static io.cloudsuite.peopleinfo.rest.PeopleApi.person;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.uniqueSurname;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.InjectLatencyProxy;
import io.cloudsuite.testing.LateDynamoResource;
import io.cloudsuite.testing.LatencyProxy;
import io.cloudsuite.testing.LocalRedisResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * The original API's list of everyone with a surname, over many pages (small ones here, so a few dozen people make
 * many queries): its length is not an outage, and it stops reading when its client is gone.
 */
@QuarkusTest
@TestProfile(SmallLegacyPages.class)
@WithTestResource(LocalRedisResource.class)
@WithTestResource(LateDynamoResource.class)
class LegacyListTest {

    static final int PAGE_SIZE = SmallLegacyPages.PAGE_SIZE;
    static final int PEOPLE = 50;
    /** Each query answered this late: ten pages take 3 s, twice the 1.5 s bound of one backend call. */
    static final Duration SLOW_QUERY = Duration.ofMillis(300);

    @InjectLatencyProxy
    LatencyProxy dynamo;

    @AfterEach
    void answerOnTimeAgain() {
        dynamo.reset();
    }

    @Test
    void aListLongerThanOneBackendCallsBoundIsAnsweredInFull() {
        String surname = storePeople("Long");
        dynamo.holdAnswers("Query", SLOW_QUERY, Integer.MAX_VALUE);

        given().queryParam("person_surname", surname)
                .when()
                .get("/data")
                .then()
                .statusCode(200)
                .body("size()", equalTo(PEOPLE));
        assertTrue(dynamo.requestsOf("Query") >= PEOPLE / PAGE_SIZE, "the list was read a page at a time");
    }

    @Test
    void aListStopsQueryingWhenItsClientIsGone() throws Exception {
        String surname = storePeople("Gone");
        dynamo.holdAnswers("Query", SLOW_QUERY, Integer.MAX_VALUE);

        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            OutputStream out = client.getOutputStream();
            out.write(("GET /data?person_surname=" + surname + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = client.getInputStream();
            client.setSoTimeout(5_000);
            in.read(); // the answer has begun
        }
        Thread.sleep(3 * SLOW_QUERY.toMillis());
        int afterTheClientLeft = dynamo.requestsOf("Query");
        Thread.sleep(4 * SLOW_QUERY.toMillis());

        assertEquals(afterTheClientLeft, dynamo.requestsOf("Query"), "no query after the client left");
        assertTrue(
                afterTheClientLeft < PEOPLE / PAGE_SIZE,
                "stopped early: " + afterTheClientLeft + " of " + PEOPLE / PAGE_SIZE + " queries");
    }

    private static String storePeople(String prefix) {
        String surname = uniqueSurname(prefix);
        for (int i = 0; i < PEOPLE; i++) {
            PeopleApi.create(person("Person" + i, surname));
        }
        return surname;
    }
}
