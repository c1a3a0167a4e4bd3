package io.cloudsuite.bullets.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.cloudsuite.bullets.service.BulletCounter;
import io.cloudsuite.bullets.service.FiredBullet;
import io.cloudsuite.commons.client.ClientAddresses;
import io.cloudsuite.commons.idempotency.IdempotencyKey;
import io.cloudsuite.commons.problem.ProblemDetail;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/player")
@Tag(name = "Bullets")
@Produces(MediaType.APPLICATION_JSON)
public class BulletResource {

    static final String IDEMPOTENT_REPLAYED = IdempotencyKey.REPLAYED_HEADER;

    private final BulletCounter counter;
    private final ClientAddresses clients;

    public BulletResource(BulletCounter counter, ClientAddresses clients) {
        this.counter = counter;
        this.clients = clients;
    }

    @POST
    @Path("/fired_bullet")
    @Operation(
            summary = "Count one fired bullet",
            description = "Any request body is ignored. With an Idempotency-Key seen before, nothing is counted "
                    + "and the first answer is repeated.")
    @APIResponse(
            responseCode = "201",
            description = "Counted (or replayed); the total includes this bullet",
            headers =
                    @Header(
                            name = IDEMPOTENT_REPLAYED,
                            description = "true when the key was seen before",
                            schema = @Schema(type = SchemaType.BOOLEAN)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FiredBullets.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid Idempotency-Key",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "429",
            description = "This client created its most new Idempotency-Keys for now; " + "nothing was counted",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "503",
            description =
                    "Redis is unavailable or answered too late; the bullet was not "
                            + "acknowledged but may have been applied; retry with the same Idempotency-Key, which never counts it twice",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @Parameter(
            name = IdempotencyKey.HEADER,
            in = ParameterIn.HEADER,
            schema = @Schema(implementation = IdempotencyKey.class),
            description =
                    "Client-chosen name of this bullet; a retry with the same key within 24 h is not counted again")
    public Uni<RestResponse<FiredBullets>> fire(@Context HttpHeaders headers, @Context HttpServerRequest request) {
        return counter.fire(IdempotencyKey.fromHeader(headers.getRequestHeader(IdempotencyKey.HEADER)), client(request))
                .map(BulletResource::created);
    }

    /**
     * The address the bound on new idempotency records counts against: the suite's client-address rule (behind the
     * load balancer the entry it appended to X-Forwarded-For, never one the client wrote), capped in length as part
     * of a Redis key.
     */
    private String client(HttpServerRequest request) {
        String address = clients.of(request);
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    @GET
    @Path("/fired_bullets")
    @Operation(summary = "Total of bullets fired by all clients")
    @APIResponse(
            responseCode = "200",
            description = "The total; 0 before the first bullet",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FiredBullets.class)))
    @APIResponse(
            responseCode = "503",
            description = "Redis is unavailable",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<FiredBullets> total() {
        return counter.total().map(FiredBullets::new);
    }

    private static RestResponse<FiredBullets> created(FiredBullet bullet) {
        RestResponse.ResponseBuilder<FiredBullets> response =
                RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, new FiredBullets(bullet.total()));
        if (bullet.replayed()) {
            response.header(IDEMPOTENT_REPLAYED, "true");
        }
        return response.build();
    }
}
