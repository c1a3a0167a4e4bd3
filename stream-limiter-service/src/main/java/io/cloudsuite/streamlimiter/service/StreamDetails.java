package io.cloudsuite.streamlimiter.service;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.cloudsuite.commons.validation.WellFormed;

/**
 * What the player says about the video it streams, all optional, as the original API named the fields. The
 * constraints are the rules of a start's body and, through SmallRye OpenAPI, its schema (maxLength, minimum).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StreamDetails", description = "Optional details of the video; unknown fields are rejected")
public record StreamDetails(
        @JsonProperty("video_name")
        @Size(max = StreamDetails.MAX_TEXT, message = TEXT)
        @WellFormed
        @Schema(examples = "Big Buck Bunny")
        String videoName,

        @JsonProperty("codec_info")
        @Size(max = StreamDetails.MAX_TEXT, message = TEXT)
        @WellFormed
        @Schema(examples = "h264")
        String codecInfo,

        @JsonProperty("file_type")
        @Size(max = StreamDetails.MAX_TEXT, message = TEXT)
        @WellFormed
        @Schema(examples = "mp4")
        String fileType,

        @JsonProperty("size")
        @PositiveOrZero(message = "must be a whole number of bytes, 0 or more")
        @Schema(description = "Size in bytes", examples = "10485760")
        Long size,

        @JsonProperty("src")
        @Size(max = StreamDetails.MAX_TEXT, message = TEXT)
        @WellFormed
        @Schema(examples = "https://cdn.example/bunny.mp4")
        String src,

        @JsonProperty("framerate")
        @Positive(message = "must be a number of frames per second above 0")
        @Schema(description = "Frames per second", examples = "29.97")
        Double framerate,

        @JsonProperty("video_playing") Boolean videoPlaying,

        @JsonProperty("video_start_time") @Schema(description = "ISO-8601 date-time", examples = "2026-11-29T16:00:00Z")
        OffsetDateTime videoStartTime,

        @JsonProperty("video_end_time") @Schema(description = "ISO-8601 date-time", examples = "2026-11-29T17:30:00Z")
        OffsetDateTime videoEndTime) {

    /** Longest text field accepted, in characters. */
    public static final int MAX_TEXT = 2048;

    private static final String TEXT = "must be a string of at most {max} characters";

    public static final StreamDetails NONE = new StreamDetails(null, null, null, null, null, null, null, null, null);
}
