package io.cloudsuite.commons.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.cloudsuite.commons.backend.BackendCalls;
import io.smallrye.mutiny.Uni;

/** Endpoints that exist only in this module's tests, to drive every shared exception mapper. */
@Path("/fixture")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemFixtureResource {

    private final BackendCalls backend;

    public ProblemFixtureResource(BackendCalls backend) {
        this.backend = backend;
    }

    public record Person(@NotBlank String name, @Min(0) int age) {
    }

    @POST
    @Path("/people")
    @Consumes(MediaType.APPLICATION_JSON)
    public Person create(@Valid Person person) {
        return person;
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

    @GET
    @Path("/bug")
    public String bug() {
        throw new IllegalStateException("a bug with a secret detail");
    }
}
