package io.cloudsuite.peopleinfo.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request body of POST and PUT, for the API description only: {@link PersonInput} reads the JSON itself. */
@Schema(name = "PersonDetails", description = "Only these four fields; id, version and timestamps are the server's")
record PersonDetailsJson(
        @Schema(required = true, minLength = 1, maxLength = 100, examples = "Ada") String name,
        @Schema(required = true, minLength = 1, maxLength = 100, examples = "Lovelace") String surname,
        @Schema(required = true, format = "date", description = "From 1900-01-01 to today",
                examples = "1915-12-10") String birthdate,
        @Schema(required = true, minLength = 1, maxLength = 200, examples = "12 St James's Square, London")
        String address) {
}
