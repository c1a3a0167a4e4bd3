package io.cloudsuite.peopleinfo.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.cloudsuite.commons.validation.WellFormed;

/**
 * The request body of POST and PUT (and, renamed, of the original {@code POST /data}). Its constraints are the rules
 * of a person's details and, through SmallRye OpenAPI, their schema: each limit is stated here once.
 * {@link PersonInput} reads the JSON into it.
 */
@Schema(name = "PersonDetails", description = "Only these four fields; id, version and timestamps are the server's")
record PersonDetailsJson(
        @NotNull(message = REQUIRED)
        @WellFormed
        @NotBlank(message = BLANK)
        @Size(min = 1, max = MAX_NAME_LENGTH, message = TOO_LONG)
        @Pattern(regexp = ONE_LINE, message = NOT_ONE_LINE)
        @Schema(examples = "Ada")
        String name,

        @NotNull(message = REQUIRED)
        @WellFormed
        @NotBlank(message = BLANK)
        @Size(min = 1, max = MAX_NAME_LENGTH, message = TOO_LONG)
        @Pattern(regexp = ONE_LINE, message = NOT_ONE_LINE)
        @Schema(examples = "Lovelace")
        String surname,

        @NotNull(message = REQUIRED)
        @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "must be a date written YYYY-MM-DD")
        @Birthdate
        @Schema(format = "date", description = "From 1900-01-01 to today", examples = "1915-12-10")
        String birthdate,

        @NotNull(message = REQUIRED)
        @WellFormed
        @NotBlank(message = BLANK)
        @Size(min = 1, max = MAX_ADDRESS_LENGTH, message = TOO_LONG)
        @Pattern(regexp = ONE_LINE, message = NOT_ONE_LINE)
        @Schema(examples = "12 St James's Square, London")
        String address) {

    /** Longest name or surname, in characters. */
    static final int MAX_NAME_LENGTH = 100;

    static final int MAX_ADDRESS_LENGTH = 200;

    private static final String REQUIRED = "is required";
    private static final String BLANK = "must not be blank";
    /**
     * Only too long a value gets it: {@code min = 1} puts the schema's minLength beside its maxLength, and an empty
     * value is blank, the reason reported first.
     */
    private static final String TOO_LONG = "must be at most {max} characters";
    /** No control character (Unicode's Cc: C0, DEL and C1), written so that a JSON Schema validator reads it too. */
    private static final String ONE_LINE = "^[^\\x00-\\x1F\\x7F-\\x9F]*$";

    private static final String NOT_ONE_LINE = "must not contain control characters (line breaks, tabs, ...)";
}
