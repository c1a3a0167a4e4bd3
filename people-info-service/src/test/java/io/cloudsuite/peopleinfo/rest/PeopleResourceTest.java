package io.cloudsuite.peopleinfo.rest;

import static io.cloudsuite.peopleinfo.rest.PeopleApi.PEOPLE;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.create;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.createPerson;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.person;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.uniqueSurname;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.with;
import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.Concurrently;
import io.cloudsuite.testing.LocalDynamoResource;
import io.cloudsuite.testing.LocalRedisResource;
import io.cloudsuite.testing.ManagementInterface;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** The people API over HTTP against real Redis and Dynoxide; {@link PeopleResourceIT} runs it on the packaged jar. */
@QuarkusTest
@WithTestResource(LocalRedisResource.class)
@WithTestResource(LocalDynamoResource.class)
class PeopleResourceTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    /** The metrics of the service this test talks to (the packaged jar's in PeopleResourceIT). */
    private String metricsUrl() {
        return ManagementInterface.url(this, metrics, "/q/metrics");
    }

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void createThenReadUpdateAndDelete() {
        String surname = uniqueSurname("Lovelace");
        ExtractableResponse<Response> created = create(person("Ada", surname));
        String id = created.jsonPath().getString("id");
        assertTrue(id.matches(UUID_PATTERN), id);
        assertEquals("\"1\"", created.header("ETag"));
        assertTrue(created.header("Location").endsWith(PEOPLE + "/" + id), created.header("Location"));
        JsonPath body = created.jsonPath();
        assertEquals("Ada", body.getString("name"));
        assertEquals(surname, body.getString("surname"));
        assertEquals("1990-04-01", body.getString("birthdate"));
        assertEquals("1 Main Street, Springfield", body.getString("address"));
        assertEquals(1, body.getInt("version"));
        assertEquals(body.getString("created_at"), body.getString("updated_at"));

        given().when()
                .get(PEOPLE + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", equalTo(id))
                .body("name", equalTo("Ada"))
                .body("created_at", equalTo(body.getString("created_at")));

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(with(person("Ada", surname), "address", "2 New Road, Shelbyville"))
                .when()
                .put(PEOPLE + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("version", equalTo(2))
                .body("address", equalTo("2 New Road, Shelbyville"))
                .body("created_at", equalTo(body.getString("created_at")));
        given().when()
                .get(PEOPLE + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("address", equalTo("2 New Road, Shelbyville"));

        given().when().delete(PEOPLE + "/" + id).then().statusCode(204).body(emptyOrNullString());
        assertProblem(given().when().get(PEOPLE + "/" + id).then(), 404)
                .body("type", equalTo("urn:cloudsuite:problem:person-not-found"));
        assertProblem(given().when().delete(PEOPLE + "/" + id).then(), 404);
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        assertProblem(
                given().when()
                        .get(PEOPLE + "/3f6c2a9e-8d1b-4c4e-9a57-0b1f5e2d7c10")
                        .then(),
                404);
        assertProblem(given().when().get(PEOPLE + "/not-a-uuid").then(), 404);
        assertProblem(given().when().get(PEOPLE + "/1-2-3-4-5").then(), 404);
        assertProblem(
                given().contentType(ContentType.JSON)
                        .header("If-Match", "\"1\"")
                        .body(person("Ada", "Nobody"))
                        .when()
                        .put(PEOPLE + "/3f6c2a9e-8d1b-4c4e-9a57-0b1f5e2d7c10")
                        .then(),
                404);
    }

    @Test
    void anUpperCaseIdFindsThePerson() {
        String id = createPerson(uniqueSurname("Case")).jsonPath().getString("id");
        given().when()
                .get(PEOPLE + "/" + id.toUpperCase())
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void aCurrentIfNoneMatchIsNotModified() {
        String id = createPerson(uniqueSurname("Etag")).jsonPath().getString("id");

        given().header("If-None-Match", "\"1\"")
                .when()
                .get(PEOPLE + "/" + id)
                .then()
                .statusCode(304)
                .header("ETag", "\"1\"")
                .body(emptyOrNullString());
        given().header("If-None-Match", "W/\"1\"")
                .when()
                .get(PEOPLE + "/" + id)
                .then()
                .statusCode(304);
        given().header("If-None-Match", "\"7\", \"1\"")
                .when()
                .get(PEOPLE + "/" + id)
                .then()
                .statusCode(304);
        given().header("If-None-Match", "*")
                .when()
                .get(PEOPLE + "/" + id)
                .then()
                .statusCode(304);
        given().header("If-None-Match", "\"2\"")
                .when()
                .get(PEOPLE + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", equalTo(id));
    }

    @Test
    void anUpdateNeedsTheCurrentETag() {
        String surname = uniqueSurname("Lock");
        String id = createPerson(surname).jsonPath().getString("id");
        Map<String, Object> update = with(person("Grace", surname), "address", "3 Harbour Lane");

        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(update)
                                .when()
                                .put(PEOPLE + "/" + id)
                                .then(),
                        428)
                .body("type", equalTo("urn:cloudsuite:problem:precondition-required"));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .header("If-Match", "\"2\"")
                                .body(update)
                                .when()
                                .put(PEOPLE + "/" + id)
                                .then(),
                        412)
                .body("type", equalTo("urn:cloudsuite:problem:version-mismatch"))
                .body("current_version", equalTo(1));
        assertProblem(
                given().contentType(ContentType.JSON)
                        .header("If-Match", "W/\"1\"")
                        .body(update)
                        .when()
                        .put(PEOPLE + "/" + id)
                        .then(),
                412);
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .header("If-Match", "1")
                                .body(update)
                                .when()
                                .put(PEOPLE + "/" + id)
                                .then(),
                        400)
                .body("errors[0].field", equalTo("If-Match"));
        given().when()
                .get(PEOPLE + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Ada"))
                .body("version", equalTo(1));

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"5\", \"1\"")
                .body(update)
                .when()
                .put(PEOPLE + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        given().contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(update)
                .when()
                .put(PEOPLE + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"");
    }

    @Test
    void aDeleteWithAStaleETagDeletesNothing() {
        String id = createPerson(uniqueSurname("Keep")).jsonPath().getString("id");

        assertProblem(
                given().header("If-Match", "\"9\"")
                        .when()
                        .delete(PEOPLE + "/" + id)
                        .then(),
                412);
        given().when().get(PEOPLE + "/" + id).then().statusCode(200);

        given().header("If-Match", "\"1\"")
                .when()
                .delete(PEOPLE + "/" + id)
                .then()
                .statusCode(204);
        assertProblem(given().when().get(PEOPLE + "/" + id).then(), 404);
    }

    @Test
    void tenConcurrentUpdatesWithOneETagGiveOneSuccessAndNinePreconditionFailures() throws Exception {
        String surname = uniqueSurname("Race");
        String id = createPerson(surname).jsonPath().getString("id");

        List<Integer> statuses = Concurrently.race(
                10,
                writer -> given().contentType(ContentType.JSON)
                        .header("If-Match", "\"1\"")
                        .body(with(person("Writer " + writer, surname), "address", "House " + writer))
                        .when()
                        .put(PEOPLE + "/" + id)
                        .statusCode());

        assertEquals(1, Collections.frequency(statuses, 200), statuses::toString);
        assertEquals(9, Collections.frequency(statuses, 412), statuses::toString);
        given().when().get(PEOPLE + "/" + id).then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void twoPeopleWithOneSurnameAreBothKeptAndListed() {
        String surname = uniqueSurname("Smith");
        String first = createPerson(surname).jsonPath().getString("id");
        String second = create(person("Bob", surname)).jsonPath().getString("id");
        assertNotEquals(first, second);

        given().queryParam("surname", surname)
                .when()
                .get(PEOPLE)
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.id", containsInAnyOrder(first, second))
                .body("items.name", containsInAnyOrder("Ada", "Bob"))
                .body("next_cursor", nullValue());
    }

    @Test
    void theSurnameSearchIgnoresCaseAndSurroundingSpaces() {
        String surname = uniqueSurname("Müller");
        String id = createPerson(surname).jsonPath().getString("id");

        given().queryParam("surname", "  " + surname.toUpperCase() + " ")
                .when()
                .get(PEOPLE)
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(id));
    }

    @Test
    void anUnknownSurnameIsAnEmptyPage() {
        given().queryParam("surname", uniqueSurname("Nobody"))
                .when()
                .get(PEOPLE)
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("next_cursor", nullValue());
    }

    @Test
    void pagingThroughACursorYieldsEveryoneOnce() {
        String surname = uniqueSurname("Page");
        Set<String> stored = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            stored.add(create(person("Person " + i, surname)).jsonPath().getString("id"));
        }

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("surname", surname).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page =
                    request.when().get(PEOPLE).then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id", String.class);
            seen.addAll(ids);
            pageSizes.add(ids.size());
            cursor = page.getString("next_cursor");
        } while (cursor != null);

        assertEquals(List.of(3, 3, 1), pageSizes);
        assertEquals(7, seen.size());
        assertEquals(stored, new HashSet<>(seen));
        List<String> sorted = new ArrayList<>(seen);
        Collections.sort(sorted);
        assertEquals(sorted, seen, "pages are in id order");
    }

    @Test
    void aFullLastPageHasNoCursor() {
        String surname = uniqueSurname("Exact");
        createPerson(surname);
        createPerson(surname);

        given().queryParam("surname", surname)
                .queryParam("limit", 2)
                .when()
                .get(PEOPLE)
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("next_cursor", nullValue());
        given().queryParam("surname", surname)
                .queryParam("limit", 1)
                .when()
                .get(PEOPLE)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("next_cursor", notNullValue());
    }

    @Test
    void badListParametersAreRejected() {
        assertProblem(given().when().get(PEOPLE).then(), 400).body("errors[0].field", equalTo("surname"));
        assertProblem(given().queryParam("surname", " ").when().get(PEOPLE).then(), 400);
        assertProblem(
                given().queryParam("surname", "x".repeat(101))
                        .when()
                        .get(PEOPLE)
                        .then(),
                400);
        for (String limit : List.of("0", "101", "-1", "ten", "1.5", " ")) {
            assertProblem(
                            given().queryParam("surname", "Smith")
                                    .queryParam("limit", limit)
                                    .when()
                                    .get(PEOPLE)
                                    .then(),
                            400)
                    .body("errors[0].field", equalTo("limit"));
        }
        for (String cursor : List.of("not base64!", "AAAA", "x".repeat(2000))) {
            assertProblem(
                            given().queryParam("surname", "Smith")
                                    .queryParam("cursor", cursor)
                                    .when()
                                    .get(PEOPLE)
                                    .then(),
                            400)
                    .body("errors[0].field", equalTo("cursor"));
        }
        given().queryParam("surname", "Smith")
                .queryParam("limit", 100)
                .when()
                .get(PEOPLE)
                .then()
                .statusCode(200);
    }

    @Test
    void aCursorOfOneSurnameIsRefusedForAnother() {
        String surname = uniqueSurname("Cursor");
        createPerson(surname);
        createPerson(surname);
        String cursor = given().queryParam("surname", surname)
                .queryParam("limit", 1)
                .when()
                .get(PEOPLE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("next_cursor");

        assertProblem(
                        given().queryParam("surname", "Other")
                                .queryParam("cursor", cursor)
                                .when()
                                .get(PEOPLE)
                                .then(),
                        400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aSecondReadIsServedFromTheCache() {
        String id = createPerson(uniqueSurname("Cached")).jsonPath().getString("id");
        double hitsBefore = PeopleApi.metric(metricsUrl(), "people_cache_hits_total");
        double readsBefore = PeopleApi.metric(
                metricsUrl(), "people_dynamodb_calls_seconds_count{operation=\"GetItem\",outcome=\"success\"}");

        given().when().get(PEOPLE + "/" + id).then().statusCode(200);
        // The first read stores the person without waiting; give that store a moment before the second read.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(5))
                .untilAsserted(() -> {
                    given().when().get(PEOPLE + "/" + id).then().statusCode(200).body("id", equalTo(id));
                    assertTrue(PeopleApi.metric(metricsUrl(), "people_cache_hits_total") >= hitsBefore + 1);
                });

        double reads = PeopleApi.metric(
                metricsUrl(), "people_dynamodb_calls_seconds_count{operation=\"GetItem\",outcome=\"success\"}");
        assertTrue(reads >= readsBefore + 1, "the first read went to DynamoDB");
    }

    @Test
    void metricsNeverLabelAPersonOrASurname() {
        String surname = uniqueSurname("Private");
        String id = createPerson(surname).jsonPath().getString("id");
        given().when().get(PEOPLE + "/" + id).then().statusCode(200);
        given().queryParam("surname", surname).when().get(PEOPLE).then().statusCode(200);

        String text = given().when()
                .get(metricsUrl())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(!text.contains(id) && !text.contains(surname), "no id or surname in the metrics");
        assertTrue(text.contains("uri=\"/api/v1/people/{id}\""), "requests are counted by templated route");
    }

    @Test
    void createdPeopleGetDifferentIdsEvenWithIdenticalDetails() {
        String surname = uniqueSurname("Twin");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            ids.add(createPerson(surname).jsonPath().getString("id"));
        }
        assertEquals(3, ids.size());
    }

    @Test
    void theLocationHeaderLeadsToThePerson() {
        ExtractableResponse<Response> created = createPerson(uniqueSurname("Where"));

        given().when()
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(created.jsonPath().getString("id")));
    }

    /** DynamoDB's IN takes at most 100 values: more tags than that were a 500 from the expression it refused. */
    @Test
    void anIfMatchOf300TagsIsA400NamingTheHeader() {
        String surname = uniqueSurname("Tags");
        String id = createPerson(surname).path("id");
        List<String> tags = new ArrayList<>();
        for (int version = 1; version <= 300; version++) {
            tags.add("\"" + version + "\"");
        }
        String ifMatch = String.join(", ", tags);

        assertProblem(
                        given().contentType(ContentType.JSON)
                                .header("If-Match", ifMatch)
                                .body(person("Ada", surname))
                                .when()
                                .put(PEOPLE + "/" + id)
                                .then(),
                        400)
                .body("errors[0].field", equalTo("If-Match"));
        assertProblem(
                given().header("If-Match", ifMatch)
                        .when()
                        .delete(PEOPLE + "/" + id)
                        .then(),
                400);
        given().when().get(PEOPLE + "/" + id).then().statusCode(200).header("ETag", "\"1\"");
    }
}
