package io.cloudsuite.streamlimiter.service;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the player says about the video it streams, all optional, as the original API named the fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StreamDetails", description = "Optional details of the video; unknown fields are rejected")
public record StreamDetails(
        @JsonProperty("video_name") @Schema(maxLength = StreamDetails.MAX_TEXT, examples = "Big Buck Bunny") String videoName,
        @JsonProperty("codec_info") @Schema(maxLength = StreamDetails.MAX_TEXT, examples = "h264") String codecInfo,
        @JsonProperty("file_type") @Schema(maxLength = StreamDetails.MAX_TEXT, examples = "mp4") String fileType,
        @JsonProperty("size") @Schema(description = "Size in bytes", minimum = "0", examples = "10485760") Long size,
        @JsonProperty("src") @Schema(maxLength = StreamDetails.MAX_TEXT, examples = "https://cdn.example/bunny.mp4") String src,
        @JsonProperty("framerate") @Schema(description = "Frames per second", minimum = "0", exclusiveMinimum = true,
                examples = "29.97") Double framerate,
        @JsonProperty("video_playing") Boolean videoPlaying,
        @JsonProperty("video_start_time") @Schema(description = "ISO-8601 date-time", examples = "2026-11-29T16:00:00Z")
        OffsetDateTime videoStartTime,
        @JsonProperty("video_end_time") @Schema(description = "ISO-8601 date-time", examples = "2026-11-29T17:30:00Z")
        OffsetDateTime videoEndTime) {

    /** Longest text field accepted. */
    public static final int MAX_TEXT = 2048;

    public static final StreamDetails NONE = new StreamDetails(null, null, null, null, null, null, null, null, null);
}
