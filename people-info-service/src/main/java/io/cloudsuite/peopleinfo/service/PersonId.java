package io.cloudsuite.peopleinfo.service;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** A person's id: a random UUID made by the server, in its canonical lower-case form. */
public record PersonId(String value) {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public PersonId {
        if (value == null || !CANONICAL_UUID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a canonical UUID: " + value);
        }
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID().toString());
    }

    /**
     * The id in a client's text, or none when it cannot be one (no person has it). Upper-case hex is accepted;
     * the lenient forms {@link UUID#fromString} would also take ("1-2-3-4-5") are not.
     */
    public static Optional<PersonId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return CANONICAL_UUID.matcher(lower).matches() ? Optional.of(new PersonId(lower)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
