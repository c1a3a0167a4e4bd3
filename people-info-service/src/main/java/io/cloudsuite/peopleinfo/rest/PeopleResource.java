package io.cloudsuite.peopleinfo.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import io.cloudsuite.commons.problem.ProblemDetail.FieldError;
import io.cloudsuite.commons.validation.JsonRequests;
import io.cloudsuite.peopleinfo.service.PageCursor;
import io.cloudsuite.peopleinfo.service.PeopleProblems;
import io.cloudsuite.peopleinfo.service.PeopleService;
import io.cloudsuite.peopleinfo.service.Person;
import io.cloudsuite.peopleinfo.service.PersonDetails;
import io.cloudsuite.peopleinfo.service.PersonId;
import io.cloudsuite.peopleinfo.service.SurnameKey;
import io.smallrye.mutiny.Uni;

@Path(PeopleResource.PATH)
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "503",
        description = "DynamoDB is unavailable; nothing was changed. Retry later.",
        headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
        content =
                @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class PeopleResource {

    static final String PATH = "/api/v1/people";
    static final String IDEMPOTENCY_KEY = "Client-chosen name of this create; a retry with the same key and body "
            + "within 24 h stores no second person and gets the first answer";
    static final String KEY_REUSED = "The Idempotency-Key was used for a different request; nothing was stored";
    static final String CREATE_UNAVAILABLE = "DynamoDB is unavailable or answered too late; the person may have been "
            + "stored: the create may have been applied; retry with the same Idempotency-Key, which never stores a "
            + "second person. When DynamoDB failed before anything was written, the detail says nothing was changed.";
    static final String CHANGE_UNAVAILABLE = "DynamoDB is unavailable or answered too late; the change may have "
            + "been applied: read the person (its ETag) before repeating it. When DynamoDB failed before anything "
            + "was written, the detail says nothing was changed.";
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    /** What a JSON entity is sent as; a read sends the cached JSON text as it is, with the same type. */
    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final PeopleService people;
    private final JsonRequests requests;

    public PeopleResource(PeopleService people, JsonRequests requests) {
        this.people = people;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Store a new person",
            description =
                    "The server makes the id, version and timestamps. With "
                            + "an Idempotency-Key seen before for the same body, nothing is stored and the first answer is repeated.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonDetailsJson.class)))
    @Parameter(
            name = IdempotencyKey.HEADER,
            in = ParameterIn.HEADER,
            schema = @Schema(implementation = IdempotencyKey.class),
            description = IDEMPOTENCY_KEY)
    @APIResponse(
            responseCode = "201",
            description = "Stored (or replayed, with Idempotent-Replayed: true); " + "Location names the new person",
            headers = {
                @Header(name = "Location"),
                @Header(name = EntityTags.ETAG),
                @Header(name = IdempotencyKey.REPLAYED_HEADER, schema = @Schema(type = SchemaType.BOOLEAN))
            },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Person.class)))
    @APIResponse(
            responseCode = "400",
            description = "Every rejected field, in errors",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "422",
            description = KEY_REUSED,
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "503",
            description = CREATE_UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<RestResponse<Person>> create(JsonNode body, @Context HttpHeaders headers) {
        PersonDetails details = PersonInput.API.parse(body, requests);
        Optional<IdempotencyKey> key = IdempotencyKey.fromHeader(headers.getRequestHeader(IdempotencyKey.HEADER));
        return people.create(details, key, "POST " + PATH).map(created -> {
            Person person = created.person();
            RestResponse.ResponseBuilder<Person> response = RestResponse.ResponseBuilder.<Person>created(
                            URI.create(PATH + "/" + person.id()))
                    .entity(person)
                    .header(EntityTags.ETAG, EntityTags.of(person.version()));
            if (created.replayed()) {
                response.header(IdempotencyKey.REPLAYED_HEADER, "true");
            }
            return response.build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one person", description = "Served from the Redis cache when it holds the person.")
    @Parameter(
            name = EntityTags.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            schema = @Schema(type = SchemaType.STRING),
            description = "The ETag of the copy the client has; 304 when it is still current")
    @APIResponse(
            responseCode = "200",
            description = "The person",
            headers = @Header(name = EntityTags.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Person.class)))
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match) is current")
    @APIResponse(
            responseCode = "404",
            description = "No person has this id",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<RestResponse<String>> find(@PathParam("id") String id, @Context HttpHeaders headers) {
        PersonId personId = PersonId.parse(id).orElseThrow(() -> PeopleProblems.personNotFound(id));
        List<String> ifNoneMatch = headers.getRequestHeader(EntityTags.IF_NONE_MATCH);
        return people.find(personId).map(person -> {
            String etag = EntityTags.of(person.version());
            if (EntityTags.matchesAny(ifNoneMatch, person.version())) {
                return RestResponse.ResponseBuilder.<String>create(RestResponse.Status.NOT_MODIFIED)
                        .header(EntityTags.ETAG, etag)
                        .build();
            }
            // The person's JSON as written by the same ObjectMapper that would write a Person entity, sent as it is,
            // with the content type a JSON entity gets.
            return RestResponse.ResponseBuilder.ok(person.json(), JSON_UTF8)
                    .header(EntityTags.ETAG, etag)
                    .build();
        });
    }

    @GET
    @Operation(
            summary = "People with a surname, a page at a time",
            description = "Case-insensitive on the surname; in id order; read from an index, never a scan.")
    @APIResponse(
            responseCode = "200",
            description = "One page; next_cursor is null on the last",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PeoplePageJson.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing surname, or a bad limit or cursor",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<PeoplePageJson> findBySurname(
            @QueryParam("surname") @Parameter(required = true, example = "Smith") String surname,
            @QueryParam("limit")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    String limit,
            @QueryParam("cursor") @Parameter(description = "next_cursor of the previous page") String cursor) {
        List<FieldError> errors = new ArrayList<>();
        if (surname == null || surname.isBlank()) {
            errors.add(new FieldError("surname", "is required"));
        } else if (surname.codePointCount(0, surname.length()) > PersonDetailsJson.MAX_NAME_LENGTH) {
            errors.add(
                    new FieldError("surname", "must be at most " + PersonDetailsJson.MAX_NAME_LENGTH + " characters"));
        }
        int pageSize = pageSize(limit, errors);
        Optional<PageCursor> after = Optional.empty();
        if (cursor != null && !cursor.isEmpty() && errors.isEmpty()) {
            after = PageCursor.decode(cursor, SurnameKey.of(surname));
            if (after.isEmpty()) {
                errors.add(new FieldError("cursor", "is not a next_cursor this service gave for this surname"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return people.findBySurname(surname, pageSize, after).map(PeoplePageJson::of);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace a person's details",
            description = "Only when If-Match names the stored version: of concurrent writers with one ETag, one wins.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PersonDetailsJson.class)))
    @Parameter(
            name = EntityTags.IF_MATCH,
            in = ParameterIn.HEADER,
            required = true,
            schema = @Schema(type = SchemaType.STRING),
            description = "The ETag of the version being replaced")
    @APIResponse(
            responseCode = "200",
            description = "Replaced; the new version and ETag",
            headers = @Header(name = EntityTags.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Person.class)))
    @APIResponse(
            responseCode = "400",
            description = "Every rejected field, in errors",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "404",
            description = "No person has this id",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "412",
            description = "The person changed since that ETag; nothing was written",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "428",
            description = "No If-Match",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "503",
            description = CHANGE_UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<RestResponse<Person>> replace(@PathParam("id") String id, JsonNode body, @Context HttpHeaders headers) {
        PersonId personId = PersonId.parse(id).orElseThrow(() -> PeopleProblems.personNotFound(id));
        PersonDetails details = PersonInput.API.parse(body, requests);
        var condition = EntityTags.required(headers.getRequestHeader(EntityTags.IF_MATCH));
        return people.replace(personId, details, condition)
                .map(person -> RestResponse.ResponseBuilder.ok(person)
                        .header(EntityTags.ETAG, EntityTags.of(person.version()))
                        .build());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a person", description = "With If-Match, only when it names the stored version.")
    @Parameter(
            name = EntityTags.IF_MATCH,
            in = ParameterIn.HEADER,
            schema = @Schema(type = SchemaType.STRING),
            description = "Optional: the ETag of the version being deleted")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "404",
            description = "No person has this id",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "412",
            description = "The person changed since that ETag; nothing was deleted",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "503",
            description = CHANGE_UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<RestResponse<Void>> delete(@PathParam("id") String id, @Context HttpHeaders headers) {
        PersonId personId = PersonId.parse(id).orElseThrow(() -> PeopleProblems.personNotFound(id));
        var condition = EntityTags.optional(headers.getRequestHeader(EntityTags.IF_MATCH));
        return people.delete(personId, condition).map(deleted -> RestResponse.noContent());
    }

    private static int pageSize(String limit, List<FieldError> errors) {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_LIMIT; // "limit=" as if absent, like "cursor="
        }
        try {
            int size = Integer.parseInt(limit.strip());
            if (size >= 1 && size <= MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like an out-of-range number
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        return DEFAULT_LIMIT;
    }
}
