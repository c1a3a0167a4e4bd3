package io.cloudsuite.peopleinfo.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.cloudsuite.commons.problem.InvalidInputException;
import io.cloudsuite.commons.problem.ProblemDetail;
import io.cloudsuite.peopleinfo.service.PeopleService;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * The original API's routes, kept for its existing clients: the same validation and storage as
 * {@code /api/v1/people}, in the original field names, and a list that is always an array.
 */
@Path("/")
@Tag(name = "Original API")
public class LegacyResource {

    private final PeopleService people;

    public LegacyResource(PeopleService people) {
        this.people = people;
    }

    @POST
    @Path("/data")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a new person (original field names)",
            description = "Two people may share a surname: each is a new person.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LegacyPerson.class)))
    @APIResponse(responseCode = "201", description = "Stored; Location names the person in /api/v1/people",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LegacyPerson.class)))
    @APIResponse(responseCode = "400", description = "Every rejected field, in errors",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<RestResponse<LegacyPerson>> create(JsonNode body) {
        return people.create(PersonInput.LEGACY.parse(body)).map(person -> RestResponse.ResponseBuilder
                .<LegacyPerson>created(URI.create(PeopleResource.PATH + "/" + person.id()))
                .entity(LegacyPerson.of(person))
                .build());
    }

    @GET
    @Path("/data")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every person with a surname (original field names)",
            description = "Always an array, [] when nobody has the surname; case-insensitive on the surname.")
    @APIResponse(responseCode = "200", description = "The people",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                            implementation = LegacyPerson.class)))
    @APIResponse(responseCode = "400", description = "No person_surname",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<List<LegacyPerson>> findBySurname(
            @QueryParam("person_surname") @Parameter(required = true, example = "Smith") String surname) {
        if (surname == null || surname.isBlank()) {
            throw new InvalidInputException("person_surname", "is required");
        }
        if (surname.codePointCount(0, surname.length()) > PersonInput.MAX_NAME_LENGTH) {
            throw new InvalidInputException("person_surname",
                    "must be at most " + PersonInput.MAX_NAME_LENGTH + " characters");
        }
        return people.findAllBySurname(surname).map(found -> found.stream().map(LegacyPerson::of).toList());
    }

    @GET
    @Path("/status")
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The original liveness answer",
            description = "Readiness is /q/health/ready on the management interface (internal).")
    public Map<String, String> status() {
        return Map.of("status", "ok");
    }
}
