package io.cloudsuite.commons.http;

import java.util.concurrent.CompletableFuture;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;

/** An operation that stays in progress until a test releases it: requests in flight, on demand. */
@Path("/fixture/hold")
@Produces(MediaType.TEXT_PLAIN)
public class HoldFixtureResource {

    static volatile CompletableFuture<String> release = new CompletableFuture<>();

    @GET
    public Uni<String> hold() {
        return Uni.createFrom().completionStage(release);
    }
}
