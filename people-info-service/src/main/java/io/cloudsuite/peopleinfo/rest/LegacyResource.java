package io.cloudsuite.peopleinfo.rest;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudsuite.commons.idempotency.IdempotencyKey;
import io.cloudsuite.commons.problem.InvalidInputException;
import io.cloudsuite.commons.problem.ProblemDetail;
import io.cloudsuite.commons.validation.JsonRequests;
import io.cloudsuite.peopleinfo.service.PeopleService;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The original API's routes, kept for its existing clients: the same validation and storage as
 * {@code /api/v1/people}, in the original field names, and a list that is always an array.
 */
@Path("/")
@Tag(name = "Original API")
public class LegacyResource {

    private final PeopleService people;
    private final JsonRequests requests;

    public LegacyResource(PeopleService people, JsonRequests requests) {
        this.people = people;
        this.requests = requests;
    }

    @POST
    @Path("/data")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Store a new person (original field names)",
            description = "Two people may share a surname: each is a new person. With an Idempotency-Key seen before "
                    + "for the same body, nothing is stored and the first answer is repeated.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LegacyPerson.class)))
    @Parameter(
            name = IdempotencyKey.HEADER,
            in = ParameterIn.HEADER,
            schema = @Schema(implementation = IdempotencyKey.class),
            description = PeopleResource.IDEMPOTENCY_KEY)
    @APIResponse(
            responseCode = "201",
            description = "Stored (or replayed, with Idempotent-Replayed: true); "
                    + "Location names the person in /api/v1/people",
            headers = @Header(name = IdempotencyKey.REPLAYED_HEADER, schema = @Schema(type = SchemaType.BOOLEAN)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LegacyPerson.class)))
    @APIResponse(
            responseCode = "400",
            description = "Every rejected field, in errors",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "422",
            description = PeopleResource.KEY_REUSED,
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "503",
            description = PeopleResource.CREATE_UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<RestResponse<LegacyPerson>> create(JsonNode body, @Context HttpHeaders headers) {
        Optional<IdempotencyKey> key = IdempotencyKey.fromHeader(headers.getRequestHeader(IdempotencyKey.HEADER));
        return people.create(PersonInput.LEGACY.parse(body, requests), key, "POST /data")
                .map(created -> {
                    RestResponse.ResponseBuilder<LegacyPerson> response =
                            RestResponse.ResponseBuilder.<LegacyPerson>created(URI.create(PeopleResource.PATH + "/"
                                            + created.person().id()))
                                    .entity(LegacyPerson.of(created.person()));
                    if (created.replayed()) {
                        response.header(IdempotencyKey.REPLAYED_HEADER, "true");
                    }
                    return response.build();
                });
    }

    @GET
    @Path("/data")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Every person with a surname (original field names)",
            description = "Always an array, [] when nobody has the surname; case-insensitive on the surname. Written "
                    + "as it is read, a page at a time: a DynamoDB failure after the first page ends the answer "
                    + "early (the array is then incomplete JSON), so a client must check that the array is closed.")
    @APIResponse(
            responseCode = "200",
            description = "The people",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                                            implementation = LegacyPerson.class)))
    @APIResponse(
            responseCode = "400",
            description = "No person_surname",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public Multi<LegacyPerson> findBySurname(
            @QueryParam("person_surname") @Parameter(required = true, example = "Smith") String surname) {
        if (surname == null || surname.isBlank()) {
            throw new InvalidInputException("person_surname", "is required");
        }
        if (surname.codePointCount(0, surname.length()) > PersonDetailsJson.MAX_NAME_LENGTH) {
            throw new InvalidInputException(
                    "person_surname", "must be at most " + PersonDetailsJson.MAX_NAME_LENGTH + " characters");
        }
        return people.streamAllBySurname(surname).map(LegacyPerson::of);
    }

    @GET
    @Path("/status")
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The original liveness answer",
            description = "Readiness is /q/health/ready on the management interface (internal).")
    public Map<String, String> status() {
        return Map.of("status", "ok");
    }
}
