package io.cloudsuite.mirrorclock.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudsuite.commons.problem.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The mirror-clock contract over HTTP; {@link MirrorClockResourceIT} runs it on the packaged jar. */
@QuarkusTest
class MirrorClockResourceTest {

    private static final String API_PATH = "/api/v1/clock";
    private static final String ORIGINAL_PATH = "/clock";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}: {1} in the mirror is {2}")
    @CsvSource({
        API_PATH + ", 12:22, 11:38",
        API_PATH + ", 05:25, 06:35",
        API_PATH + ", 01:50, 10:10",
        API_PATH + ", 11:58, 12:02",
        API_PATH + ", 12:01, 11:59",
        API_PATH + ", 10:00, 02:00",
        API_PATH + ", 12:00, 12:00",
        ORIGINAL_PATH + ", 12:22, 11:38",
        ORIGINAL_PATH + ", 05:25, 06:35",
        ORIGINAL_PATH + ", 01:50, 10:10",
        ORIGINAL_PATH + ", 11:58, 12:02",
        ORIGINAL_PATH + ", 12:01, 11:59",
        ORIGINAL_PATH + ", 10:00, 02:00",
        ORIGINAL_PATH + ", 12:00, 12:00"
    })
    void theIssuesKnownPairs(String path, String mirror, String actual) {
        clock(path, mirror)
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("mirror_time", equalTo(mirror))
                .body("actual_time", equalTo(actual))
                .body("size()", equalTo(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {API_PATH, ORIGINAL_PATH})
    void anHourWithoutItsLeadingZeroIsAcceptedAndNormalised(String path) {
        clock(path, "2:11")
                .statusCode(200)
                .body("mirror_time", equalTo("02:11"))
                .body("actual_time", equalTo("09:49"));
    }

    @Test
    void aRepeatedParameterIsReadFromItsFirstValue() {
        given().urlEncodingEnabled(false)
                .when()
                .get(API_PATH + "?mirror_time=10:00&mirror_time=13:20")
                .then()
                .statusCode(200)
                .body("mirror_time", equalTo("10:00"))
                .body("actual_time", equalTo("02:00"));
    }

    /**
     * All 720 readings through HTTP, on one kept-alive connection of the JDK's client: rest-assured's per-request
     * overhead (about 19 ms) made this one test take 14 s; the formula itself is {@code MirrorClockTest}'s.
     */
    @Test
    void everyReadingIsAnsweredAndTheAnswerMirrorsBackToIt() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, String> actualByMirror = new HashMap<>();
        for (int hour = 1; hour <= 12; hour++) {
            for (int minute = 0; minute < 60; minute++) {
                String mirror = String.format("%02d:%02d", hour, minute);
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(baseUri() + API_PATH + "?mirror_time=" + mirror))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), () -> mirror + ": " + response.body());
                JsonNode answer = JSON.readTree(response.body());
                assertEquals(mirror, answer.path("mirror_time").asText(), response::body);
                actualByMirror.put(mirror, answer.path("actual_time").asText());
            }
        }

        assertEquals(720, actualByMirror.size());
        actualByMirror.forEach((mirror, actual) ->
                assertEquals(mirror, actualByMirror.get(actual), () -> mirror + " -> " + actual + " -> back"));
    }

    private static String baseUri() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    static Stream<Arguments> invalidReadings() {
        return Stream.of("13:20", "00:20", "12:60", "1:5", "aa:bb", " 12:22", "12:22 ", "12:22:00", "１２:２２")
                .flatMap(value -> Stream.of(Arguments.of(API_PATH, value), Arguments.of(ORIGINAL_PATH, value)));
    }

    @ParameterizedTest(name = "{0}?mirror_time=\"{1}\"")
    @MethodSource("invalidReadings")
    void anInvalidReadingIsAProblemNamingTheFormatAndEchoingTheValue(String path, String value) {
        assertValidationProblem(clock(path, value), path).body("detail", containsString("got \"" + value + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {API_PATH, ORIGINAL_PATH})
    void aMissingReadingIsAProblemNamingTheFormat(String path) {
        assertValidationProblem(given().when().get(path).then(), path)
                .body("detail", containsString("missing or empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {API_PATH, ORIGINAL_PATH})
    void anEmptyReadingIsAProblemNamingTheFormat(String path) {
        assertValidationProblem(clock(path, ""), path).body("detail", containsString("missing or empty"));
    }

    @Test
    void anOverlyLongValueIsEchoedCutShort() {
        String kept = "9".repeat(Problems.MAX_ECHOED_LENGTH);
        String value = kept + "OVERFLOW".repeat(100);

        assertValidationProblem(clock(API_PATH, value), API_PATH)
                .body("detail", containsString("got \"" + kept + "…\""))
                .body("detail", not(containsString("OVERFLOW")));
    }

    @Test
    void quotesAndBackslashesAreEchoedJsonEscaped() {
        String value = "12\"\\:00";

        ValidatableResponse problem = assertValidationProblem(clock(API_PATH, value), API_PATH)
                .body("detail", containsString("got \"12\"\\:00\""));
        // In the raw body the value appears JSON-escaped, so it cannot end the string or inject a field.
        problem.body(containsString("got \\\"12\\\"\\\\:00\\\""));
    }

    @Test
    void controlCharactersAreNotEchoed() {
        assertValidationProblem(clock(API_PATH, "12:22\n\u0000"), API_PATH)
                .body("detail", containsString("got \"12:22??\""));
    }

    private static ValidatableResponse assertValidationProblem(ValidatableResponse response, String path) {
        return assertProblem(response, 400)
                .body("type", equalTo("urn:cloudsuite:problem:validation-failed"))
                .body("title", equalTo("Bad Request"))
                .body("instance", equalTo(path))
                .body("detail", containsString("HH:MM"))
                .body("detail", containsString("hour 1-12"))
                .body("detail", containsString("minutes 00-59"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("mirror_time"))
                .body("errors[0].message", containsString("HH:MM"));
    }

    /** GET with the value percent-encoded exactly (space as %20), so the service sees it byte for byte. */
    private static ValidatableResponse clock(String path, String mirrorTime) {
        String encoded = URLEncoder.encode(mirrorTime, StandardCharsets.UTF_8).replace("+", "%20");
        return given().urlEncodingEnabled(false)
                .when()
                .get(path + "?mirror_time=" + encoded)
                .then();
    }
}
