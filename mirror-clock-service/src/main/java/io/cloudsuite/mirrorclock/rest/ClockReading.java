package io.cloudsuite.mirrorclock.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A mirrored reading and the real time it stands for, as the original API spelled them. */
@Schema(name = "ClockReading")
public record ClockReading(
        @JsonProperty("mirror_time")
        @Schema(
                description = "The reading seen in the mirror, normalised to two-digit hour and minutes",
                examples = "12:22",
                pattern = "^(0[1-9]|1[0-2]):[0-5][0-9]$")
        String mirrorTime,

        @JsonProperty("actual_time")
        @Schema(
                description = "The real time on the clock",
                examples = "11:38",
                pattern = "^(0[1-9]|1[0-2]):[0-5][0-9]$")
        String actualTime) {}
