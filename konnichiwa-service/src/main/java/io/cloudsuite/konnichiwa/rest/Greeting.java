package io.cloudsuite.konnichiwa.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Greeting")
public record Greeting(@Schema(examples = "Konnichiwa") String message) {}
