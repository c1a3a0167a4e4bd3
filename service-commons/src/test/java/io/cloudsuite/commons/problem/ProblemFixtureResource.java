package io.cloudsuite.commons.problem;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.cloudsuite.commons.backend.BackendCalls;
import io.cloudsuite.commons.backend.BackendUnavailableException;
import io.smallrye.mutiny.Uni;

/** Endpoints that exist only in this module's tests, to drive every shared exception mapper. */
@Path("/fixture")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemFixtureResource {

    private final BackendCalls backend;

    public ProblemFixtureResource(BackendCalls backend) {
        this.backend = backend;
    }

    public record Person(@NotBlank String name, @Min(0) int age) {}

    @POST
    @Path("/people")
    @Consumes(MediaType.APPLICATION_JSON)
    public Person create(@Valid Person person) {
        return person;
    }

    public record Pet(@JsonProperty("pet_name") @NotBlank String petName) {}

    @POST
    @Path("/pets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Pet create(@Valid Pet pet) {
        return pet;
    }

    @GET
    @Path("/invalid-fields")
    public String invalidFields(@jakarta.ws.rs.QueryParam("count") int count) {
        throw new InvalidInputException(java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new ProblemDetail.FieldError("f" + i, "is not a field"))
                .toList());
    }

    @GET
    @Path("/stalled-backend")
    public Uni<String> stalledBackend() {
        return backend.guard("Fixture", Uni.createFrom().nothing());
    }

    @GET
    @Path("/failing-backend")
    public Uni<String> failingBackend() {
        return backend.guard("Fixture", Uni.createFrom().failure(new IllegalStateException("connection refused")));
    }

    /** A write whose backend did not answer in time: it may have been carried out. */
    @POST
    @Path("/stalled-backend")
    public Uni<String> stalledWrite() {
        return backend.guard("Fixture", Uni.createFrom().nothing());
    }

    /** A write request whose backend failed before the request wrote anything (a read that comes first). */
    @POST
    @Path("/failing-read-before-write")
    public Uni<String> failingReadBeforeWrite() {
        return backend.guard("Fixture", Uni.createFrom().<String>failure(new IllegalStateException("down")))
                .onFailure(BackendUnavailableException.class)
                .transform(outage -> ((BackendUnavailableException) outage).nothingChanged());
    }

    /** A refusal the backend answers (not an outage): it reaches the service, which answers it itself. */
    @GET
    @Path("/refusing-backend")
    public Uni<String> refusingBackend() {
        return backend.guard(
                        "Fixture",
                        failure -> !(failure instanceof IllegalArgumentException),
                        Uni.createFrom().<String>failure(new IllegalArgumentException("condition failed")))
                .onFailure(IllegalArgumentException.class)
                .transform(refused -> new ProblemException(
                        Status.CONFLICT, ProblemType.of("fixture-conflict"), "The fixture refused the change."));
    }

    @GET
    @Path("/rate-limited")
    public String rateLimited() {
        throw new ProblemException(
                        Status.TOO_MANY_REQUESTS, ProblemType.of("fixture-limit-reached"), "At most 3 at once.")
                .withMember("limit", 3)
                .withMember("active", List.of("a", "b", "c"))
                .withHeader(HttpHeaders.RETRY_AFTER, 17);
    }

    /** A status raised the JAX-RS way, with a header of its own that the problem must keep. */
    @GET
    @Path("/unauthorized")
    public String unauthorized() {
        throw new WebApplicationException(Response.status(Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .build());
    }

    @GET
    @Path("/bug")
    public String bug() {
        throw new IllegalStateException("a bug with a secret detail");
    }
}
