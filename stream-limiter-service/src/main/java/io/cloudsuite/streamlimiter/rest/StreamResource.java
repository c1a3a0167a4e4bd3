package io.cloudsuite.streamlimiter.rest;

import java.io.IOException;
import java.net.URI;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.cloudsuite.commons.idempotency.IdempotencyKey;
import io.cloudsuite.commons.problem.ProblemDetail;
import io.cloudsuite.streamlimiter.service.StartedStream;
import io.cloudsuite.streamlimiter.service.StreamDetails;
import io.cloudsuite.streamlimiter.service.StreamLimiter;
import io.cloudsuite.streamlimiter.service.Viewer;

@Path("/api/v1")
@Tag(name = "Streams")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "400",
        description = "X-Forwarded-For is missing or not an IP address, or the body is wrong",
        content =
                @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(
        responseCode = "503",
        description = StreamResource.READ_UNAVAILABLE,
        headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
        content =
                @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class StreamResource {

    static final String IDEMPOTENT_REPLAYED = IdempotencyKey.REPLAYED_HEADER;
    static final String READ_UNAVAILABLE = "DynamoDB is unavailable; nothing was changed";
    /** A write whose answer came too late may have happened: what a client of a write must know about a 503. */
    static final String WRITE_UNAVAILABLE = "DynamoDB is unavailable or answered too late; the write may have been "
            + "applied; retry with the same Idempotency-Key (without one, list the active streams first). A write "
            + "refused before it was sent says \"nothing was changed\" in the detail.";

    private static final String STREAM_PATH = "/api/v1/stream/";
    private static final String VIEWER_HEADER =
            "Set by the load balancer; the address it appends (the last) is the viewer";

    private final StreamLimiter limiter;
    private final JsonBodies bodies;

    public StreamResource(StreamLimiter limiter, JsonBodies bodies) {
        this.limiter = limiter;
        this.bodies = bodies;
    }

    @APIResponse(
            responseCode = "503",
            description = WRITE_UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @POST
    @Path("/stream")
    @Operation(
            summary = "Start a stream",
            description =
                    "Takes one of the viewer's slots; at the limit nothing is taken. With an Idempotency-Key seen "
                            + "before, nothing is taken and the first stream is returned.")
    @APIResponse(
            responseCode = "201",
            description = "Started (or replayed, with Idempotent-Replayed: true)",
            headers = {
                @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = IDEMPOTENT_REPLAYED, schema = @Schema(type = SchemaType.BOOLEAN))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StreamView.class)))
    @APIResponse(
            responseCode = "415",
            description = "The body is not JSON",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "422",
            description = "The Idempotency-Key was used for a start with another body; " + "nothing was taken",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "429",
            description = "The viewer already watches the limit; the problem lists the "
                    + "active stream ids, and Retry-After says when the earliest lease runs out",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @Parameter(
            name = IdempotencyKey.HEADER,
            in = ParameterIn.HEADER,
            schema = @Schema(implementation = IdempotencyKey.class),
            description = "Client-chosen name of this start; a retry with the same key and body within 24 h takes no "
                    + "second slot and gets the first answer")
    @Parameter(
            name = Viewer.HEADER,
            in = ParameterIn.HEADER,
            required = true,
            description = VIEWER_HEADER,
            example = "203.0.113.7",
            schema = @Schema(type = SchemaType.STRING))
    public RestResponse<StreamView> start(
            @Context HttpHeaders headers,
            @RequestBody(
                            required = false,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = StreamDetails.class)))
                    String body)
            throws IOException {
        Viewer viewer = Viewer.fromHeader(headers.getRequestHeader(Viewer.HEADER));
        StreamDetails details = bodies.streamDetails(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
        StartedStream started = limiter.start(
                viewer, details, IdempotencyKey.fromHeader(headers.getRequestHeader(IdempotencyKey.HEADER)));
        RestResponse.ResponseBuilder<StreamView> response = RestResponse.ResponseBuilder.create(
                        RestResponse.Status.CREATED, StreamView.of(started.stream()))
                .location(URI.create(STREAM_PATH + started.stream().id()));
        if (started.replayed()) {
            response.header(IDEMPOTENT_REPLAYED, "true");
        }
        return response.build();
    }

    @GET
    @Path("/streams")
    @Operation(summary = "The viewer's active streams and the limit")
    @APIResponse(
            responseCode = "200",
            description = "The active streams; an empty list when there are none",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ActiveStreams.class)))
    @Parameter(
            name = Viewer.HEADER,
            in = ParameterIn.HEADER,
            required = true,
            description = VIEWER_HEADER,
            example = "203.0.113.7",
            schema = @Schema(type = SchemaType.STRING))
    public ActiveStreams active(@Context HttpHeaders headers) {
        Viewer viewer = Viewer.fromHeader(headers.getRequestHeader(Viewer.HEADER));
        return new ActiveStreams(
                viewer.address(),
                limiter.limit(),
                limiter.active(viewer).stream().map(StreamView::of).toList());
    }

    @APIResponse(
            responseCode = "503",
            description = WRITE_UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @PUT
    @Path("/stream/{id}/heartbeat")
    @Operation(summary = "Renew a stream's lease", description = "A player sends one well within every lease.")
    @APIResponse(
            responseCode = "200",
            description = "Renewed; expires_at is the new end of the lease",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StreamView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No active stream with this id for this viewer",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @Parameter(
            name = Viewer.HEADER,
            in = ParameterIn.HEADER,
            required = true,
            description = VIEWER_HEADER,
            example = "203.0.113.7",
            schema = @Schema(type = SchemaType.STRING))
    public StreamView heartbeat(@Context HttpHeaders headers, @PathParam("id") String id) {
        return StreamView.of(limiter.heartbeat(Viewer.fromHeader(headers.getRequestHeader(Viewer.HEADER)), id));
    }

    @APIResponse(
            responseCode = "503",
            description = WRITE_UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @PATCH
    @Path("/stream/{id}")
    @Operation(summary = "End a stream by marking its video ended", description = "Frees the slot at once.")
    @APIResponse(
            responseCode = "200",
            description = "Ended; the stream as it was, with video_ended true",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StreamView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No active stream with this id for this viewer",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "415",
            description = "The body is not JSON",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @Parameter(
            name = Viewer.HEADER,
            in = ParameterIn.HEADER,
            required = true,
            description = VIEWER_HEADER,
            example = "203.0.113.7",
            schema = @Schema(type = SchemaType.STRING))
    public StreamView markEnded(
            @Context HttpHeaders headers,
            @PathParam("id") String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = VideoEnded.class)))
                    String body)
            throws IOException {
        Viewer viewer = Viewer.fromHeader(headers.getRequestHeader(Viewer.HEADER));
        bodies.requireVideoEnded(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
        return StreamView.ended(limiter.end(viewer, id));
    }

    @APIResponse(
            responseCode = "503",
            description = WRITE_UNAVAILABLE,
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @DELETE
    @Path("/stream/{id}")
    @Operation(summary = "End a stream", description = "Frees the slot at once.")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(
            responseCode = "404",
            description = "No active stream with this id for this viewer",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @Parameter(
            name = Viewer.HEADER,
            in = ParameterIn.HEADER,
            required = true,
            description = VIEWER_HEADER,
            example = "203.0.113.7",
            schema = @Schema(type = SchemaType.STRING))
    public RestResponse<Void> end(@Context HttpHeaders headers, @PathParam("id") String id) {
        limiter.end(Viewer.fromHeader(headers.getRequestHeader(Viewer.HEADER)), id);
        return RestResponse.noContent();
    }

    /** The one change PATCH accepts. */
    @Schema(name = "VideoEnded")
    record VideoEnded(
            @JsonProperty("video_ended")
            @NotNull(message = MUST_BE_TRUE)
            @AssertTrue(message = MUST_BE_TRUE)
            @Schema(description = "Must be true", examples = "true")
            Boolean videoEnded) {

        private static final String MUST_BE_TRUE = "must be true";
    }
}
