package io.cloudsuite.streamlimiter.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A viewer's active streams and the limit they count against. */
@Schema(name = "ActiveStreams")
public record ActiveStreams(
        @Schema(
                description = "The viewer: the address the load balancer appended to X-Forwarded-For",
                examples = "203.0.113.7")
        String viewer,

        @Schema(description = "Most streams a viewer may have active at once", examples = "3")
        int limit,

        @Schema(description = "The viewer's active streams, earliest start first")
        List<StreamView> active) {}
