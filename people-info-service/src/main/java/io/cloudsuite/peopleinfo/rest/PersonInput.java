package io.cloudsuite.peopleinfo.rest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudsuite.commons.problem.InvalidInputException;
import io.cloudsuite.commons.problem.ProblemDetail.FieldError;
import io.cloudsuite.commons.problem.StoredText;
import io.cloudsuite.peopleinfo.service.PersonDetails;

/**
 * Checks a person's details as a client sent them, field by field, and reports every problem at once: missing,
 * blank, too long or wrongly typed fields, impossible birthdates, and fields a client may not send (the server's own,
 * or unknown ones). The same rules hold for the API and for the original routes, which only name the fields
 * differently.
 */
public final class PersonInput {

    /** Field names of the API's person. */
    public static final PersonInput API = new PersonInput("name", "surname", "birthdate", "address",
            Set.of("id", "version", "created_at", "updated_at"));
    /** Field names of the original {@code POST /data}. */
    public static final PersonInput LEGACY = new PersonInput("person_name", "person_surname", "person_birthdate",
            "person_address", Set.of());

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_ADDRESS_LENGTH = 200;
    static final LocalDate EARLIEST_BIRTHDATE = LocalDate.of(1900, 1, 1);

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** The last time zone to start a day: a birthdate is in the future only when it is tomorrow everywhere. */
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

    private final String name;
    private final String surname;
    private final String birthdate;
    private final String address;
    private final Set<String> serverOwned;

    private PersonInput(String name, String surname, String birthdate, String address, Set<String> serverOwned) {
        this.name = name;
        this.surname = surname;
        this.birthdate = birthdate;
        this.address = address;
        this.serverOwned = serverOwned;
    }

    /** The details in a request body; a 400 listing every rejected field when anything is wrong. */
    public PersonDetails parse(JsonNode body) {
        return parse(body, Clock.systemUTC());
    }

    PersonDetails parse(JsonNode body, Clock clock) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException(List.of(new FieldError("body", "must be a JSON object with the fields "
                    + String.join(", ", name, surname, birthdate, address))));
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> fields = body.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (serverOwned.contains(field)) {
                errors.add(new FieldError(field, "is set by the server and may not be sent"));
            } else if (!Set.of(name, surname, birthdate, address).contains(field)) {
                errors.add(new FieldError(field, "is not a field of a person"));
            }
        }
        String nameValue = text(body, name, MAX_NAME_LENGTH, errors);
        String surnameValue = text(body, surname, MAX_NAME_LENGTH, errors);
        String addressValue = text(body, address, MAX_ADDRESS_LENGTH, errors);
        LocalDate birthdateValue = date(body, birthdate, LocalDate.now(clock.withZone(LATEST_ZONE)), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PersonDetails(nameValue, surnameValue, birthdateValue, addressValue);
    }

    private static String text(JsonNode body, String field, int maxLength, List<FieldError> errors) {
        String value = string(body, field, errors);
        if (value == null) {
            return null;
        }
        if (!StoredText.isWellFormed(value)) {
            errors.add(new FieldError(field, StoredText.NOT_WELL_FORMED));
        } else if (StoredText.isBlank(value)) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (value.codePointCount(0, value.length()) > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        } else if (value.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "must not contain control characters (line breaks, tabs, ...)"));
        }
        return value;
    }

    private static LocalDate date(JsonNode body, String field, LocalDate today, List<FieldError> errors) {
        String value = string(body, field, errors);
        if (value == null) {
            return null;
        }
        if (!DATE_SHAPE.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be a date written YYYY-MM-DD"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value, STRICT_DATE);
        } catch (DateTimeException notInTheCalendar) {
            errors.add(new FieldError(field, "must be a real calendar date"));
            return null;
        }
        if (date.isBefore(EARLIEST_BIRTHDATE)) {
            errors.add(new FieldError(field, "must not be before 1900-01-01"));
        } else if (date.isAfter(today)) {
            errors.add(new FieldError(field, "must not be in the future"));
        }
        return date;
    }

    /** The field's string value, or null after recording why there is none. */
    private static String string(JsonNode body, String field, List<FieldError> errors) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        return value.textValue();
    }
}
