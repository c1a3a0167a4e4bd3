package io.cloudsuite.peopleinfo.rest;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Small helpers the HTTP tests share: request bodies, calls, and reading a metric from /q/metrics. */
final class PeopleApi {

    static final String PEOPLE = "/api/v1/people";

    private PeopleApi() {}

    /** A surname no other test uses, so tests sharing one table never see each other's people. */
    static String uniqueSurname(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> person(String name, String surname) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("surname", surname);
        body.put("birthdate", "1990-04-01");
        body.put("address", "1 Main Street, Springfield");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.remove(field);
        return changed;
    }

    static ExtractableResponse<Response> create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(PEOPLE)
                .then()
                .statusCode(201)
                .extract();
    }

    static ExtractableResponse<Response> createPerson(String surname) {
        return create(person("Ada", surname));
    }

    /** The value of one metric line at the management interface's {@code metrics}, e.g. {@code people_cache_hits_total}; 0 when it is not there yet. */
    static double metric(String metrics, String nameAndLabels) {
        String text =
                given().when().get(metrics).then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("^" + Pattern.quote(nameAndLabels) + " ([0-9.eE+-]+)$", Pattern.MULTILINE)
                .matcher(text);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
