package io.cloudsuite.streamlimiter.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.cloudsuite.streamlimiter.service.Stream;
import io.cloudsuite.streamlimiter.service.StreamDetails;

/** A stream as the API shows it: its id, the viewer, the details the player sent, and its lease. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Stream", allOf = StreamDetails.class)
public record StreamView(
        @Schema(
                description = "The stream's id, for heartbeat, PATCH and DELETE",
                examples = "0b0c1c8e-5d42-4a3b-9d53-6b8f7f5e2a10")
        String id,

        @Schema(
                description = "The viewer: the address the load balancer appended to X-Forwarded-For",
                examples = "203.0.113.7")
        String viewer,

        @JsonUnwrapped @Schema(hidden = true) StreamDetails details,

        @JsonProperty("started_at") @Schema(description = "When the stream started")
        Instant startedAt,

        @JsonProperty("expires_at") @Schema(description = "When the lease runs out unless a heartbeat renews it")
        Instant expiresAt,

        @JsonProperty("video_ended") @Schema(description = "Present and true once the stream has ended")
        Boolean videoEnded) {

    static StreamView of(Stream stream) {
        return new StreamView(
                stream.id(), stream.viewer(), stream.details(), stream.startedAt(), stream.expiresAt(), null);
    }

    static StreamView ended(Stream stream) {
        return new StreamView(
                stream.id(), stream.viewer(), stream.details(), stream.startedAt(), stream.expiresAt(), true);
    }
}
