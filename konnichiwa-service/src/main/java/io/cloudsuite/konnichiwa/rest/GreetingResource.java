package io.cloudsuite.konnichiwa.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.NonBlocking;

/** {@code GET /} and {@code GET /health}, as the original answered them. Constant answers, on the event loop. */
@Path("/")
@Tag(name = "Konnichiwa")
@Produces(MediaType.APPLICATION_JSON)
public class GreetingResource {

    private static final Greeting GREETING = new Greeting("Konnichiwa");

    /** The JSON string "ok", written as JSON text: a plain String would go out unquoted. */
    static final String OK = "\"ok\"";

    @GET
    @NonBlocking
    @Operation(summary = "Say hello")
    @APIResponse(
            responseCode = "200",
            description = "The greeting",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Greeting.class)))
    public Greeting greet() {
        return GREETING;
    }

    @GET
    @Path("/health")
    @NonBlocking
    @Operation(
            summary = "Tell that the service answers",
            description = "Kept for the original's probes; /q/health/live and /q/health/ready are the suite's.")
    @APIResponse(
            responseCode = "200",
            description = "The JSON string \"ok\"",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = String.class, examples = "\"ok\"")))
    public String health() {
        return OK;
    }
}
