package io.cloudsuite.bullets.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The bullet total, as the original API spelled it. */
@Schema(name = "FiredBullets")
public record FiredBullets(
        @JsonProperty("fired_bullets") @Schema(description = "Bullets fired by all clients so far", examples = "42")
        long firedBullets) {}
