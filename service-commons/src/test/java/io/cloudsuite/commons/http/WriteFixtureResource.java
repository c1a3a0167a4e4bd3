package io.cloudsuite.commons.http;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.cloudsuite.commons.problem.ProblemFixtureResource.Person;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

/** Write operations as the services have them, to see when the shared HTTP layer lets them run. */
@Path("/fixture/writes")
@Produces(MediaType.APPLICATION_JSON)
public class WriteFixtureResource {

    static final AtomicLong PERFORMED = new AtomicLong();

    /** Ignores its body, like bullets' POST: without the gate it would run before the body arrived. */
    @POST
    @Path("/count")
    @NonBlocking
    public long count() {
        return PERFORMED.incrementAndGet();
    }

    /** Reads its body on the event loop (a {@code Uni} operation): the REST layer's own reading path. */
    @POST
    @Path("/echo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Person> echo(Person person) {
        return Uni.createFrom().item(person);
    }

    @GET
    @Path("/count")
    public long performed() {
        return PERFORMED.get();
    }
}
